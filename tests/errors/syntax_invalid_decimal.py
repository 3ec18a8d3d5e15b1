count = 1abc
