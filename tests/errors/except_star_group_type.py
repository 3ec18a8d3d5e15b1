# except* refuses group types, at run time
try:
    raise ValueError("inner")
except* ExceptionGroup:
    pass
