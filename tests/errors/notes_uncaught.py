# A plain uncaught exception with notes.
def f():
    try:
        {}["missing"]
    except KeyError as e:
        e.add_note("looked up while loading the configuration")
        e.add_note("check the file")
        raise


f()
