# More than 15 sub-exceptions: the rest are counted, not shown.
def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    raise KeyError(i)


errors = []
for i in range(20):
    try:
        check(i)
    except Exception as e:
        errors.append(e)
raise ExceptionGroup("twenty", [ExceptionGroup("nested", errors[:16])] + errors[:16])
