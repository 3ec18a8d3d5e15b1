# __notes__ that is not a sequence prints as its repr, and CPython 3.11
# ends it without a newline.
e = ValueError("odd notes")
e.__notes__ = 5
raise e
