match {}:
    case {"on": 1, "off": 0, "on": 2}:
        pass
