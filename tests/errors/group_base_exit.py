# A BaseExceptionGroup holding SystemExit is not a SystemExit: it prints.
class Problem(Exception):
    pass


class Grouped(BaseExceptionGroup):
    pass


raise Grouped("shutting down", [SystemExit(4), Problem("p"), KeyboardInterrupt()])
