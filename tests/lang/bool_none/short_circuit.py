# and/or evaluate lazily and return an operand.
log = []
def t(name, value):
    log.append(name)
    return value
r = t("a", 0) and t("b", 1)
print(r, log)
log.clear()
r = t("a", 1) and t("b", 2)
print(r, log)
log.clear()
r = t("a", 1) or t("b", 2)
print(r, log)
log.clear()
r = t("a", 0) or t("b", 0) or t("c", 3)
print(r, log)
log.clear()
r = not t("a", 0) and t("b", "yes")
print(r, log)
log.clear()
r = t("a", 0) if t("c", 1) else t("b", 0)
print(r, log)
d = {}
print(d and d["missing"])
print(1 < 2 and "lt" or "ge")
print(None is None and True)
