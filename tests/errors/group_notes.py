# Notes printed after the message, inside and outside groups.
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note\nover two lines")
e.add_note("")
e.add_note("ends with a newline\n")
e.add_note("windows\r\nline ends")
e.__notes__.append(42)
inner = TypeError("inner")
inner.add_note("a note on the inner exception")
g = ExceptionGroup("grouped", [e, inner])
g.add_note("a note on the group")
raise g
