# String building, splitting, joining and methods.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]


def build_lines(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        lines.append(w.upper() + ":" + str(i) + "," + w[::-1] + "," + str(i * i % 97))
    return "\n".join(lines)


def parse(text):
    total = 0
    names = 0
    for line in text.split("\n"):
        head, rest = line.split(":", 1)
        fields = rest.split(",")
        total += int(fields[0]) + int(fields[2])
        if fields[1].startswith("a"):
            names += 1
        total += len(head.lower().replace("a", "aa"))
    return total, names


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 1000:
            s = s[500:]
    return s


def formatting(n):
    out = []
    for i in range(n):
        out.append(f"{i:>6}|{i * 0.5:8.2f}|{WORDS[i % 8]:^10}")
    return sum([len(x) for x in out]), out[-1]


text = build_lines(300000)
total, names = parse(text)
tail = concat(1000000)
flen, last = formatting(200000)
print("lines", len(text), total, names)
print("concat", len(tail), tail[:20])
print("format", flen, last)
print("checksum", (len(text) + total + names + len(tail) + flen) % 1000000007)
