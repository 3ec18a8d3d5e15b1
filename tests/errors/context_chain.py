def cleanup():
    return 1 / 0


try:
    [][3]
except IndexError:
    cleanup()
