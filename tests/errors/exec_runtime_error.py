def run(code):
    exec(code, {})

run("def half(n):\n    return n / 0\n\nhalf(4)\n")
