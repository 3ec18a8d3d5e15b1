# Groups nested deeper than 10 levels are cut short.
eg = ValueError("bottom")
for level in range(12):
    eg = ExceptionGroup("level %d" % level, [eg, TypeError(level)])
raise eg
