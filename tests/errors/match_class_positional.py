class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees


def report(reading):
    match reading:
        case Temperature(degrees=d) if d < -100:
            return "impossible"
        case Temperature(d):
            return f"{d} degrees"


print(report(Temperature(-200)))
print(report(Temperature(20)))
