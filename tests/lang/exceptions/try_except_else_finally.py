# Order of try / except / else / finally.
def run(divisor):
    log = []
    try:
        log.append("try")
        r = 10 // divisor
        log.append("result " + str(r))
    except ZeroDivisionError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(2))
print(run(0))
def only_finally():
    try:
        return "from try"
    finally:
        print("finally before return")
print(only_finally())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def finally_on_break():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i
print(finally_on_break())
def finally_on_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(finally_on_continue())
