# A SyntaxError inside a group: its source line and caret take no margin.
err = SyntaxError("invalid syntax", (__file__, 4, 11, "#   x = (1 +* 2)\n", 4, 13))
raise ExceptionGroup("compiling", [err, ValueError("other")])
#   x = (1 +* 2)
