# A text-adventure style command dispatcher: split commands matched with
# sequence patterns, objects matched with class patterns, and state kept
# in dicts matched with mapping patterns.


class Item:
    __match_args__ = ("name", "weight")

    def __init__(self, name, weight, tags=()):
        self.name = name
        self.weight = weight
        self.tags = tags

    def __repr__(self):
        return f"Item({self.name!r}, {self.weight})"


class Room:
    __match_args__ = ("name",)

    def __init__(self, name, exits, items):
        self.name = name
        self.exits = exits
        self.items = items


world = {
    "hall": Room("hall", {"north": "library", "east": "kitchen"},
                 [Item("lamp", 2, ("light",)), Item("rug", 9)]),
    "library": Room("library", {"south": "hall"},
                    [Item("book", 1, ("readable",))]),
    "kitchen": Room("kitchen", {"west": "hall"},
                    [Item("knife", 1, ("sharp",)), Item("anvil", 50)]),
}
state = {"room": "hall", "inventory": [], "capacity": 10, "moves": 0}
DIRECTIONS = ("north", "south", "east", "west")


def carried_weight():
    return sum(item.weight for item in state["inventory"])


def find(name, items):
    for item in items:
        match item:
            case Item(n, _) if n == name:
                return item
    return None


def run(command):
    room = world[state["room"]]
    match command.split():
        case []:
            return "say something"
        case ["look"]:
            names = ", ".join(i.name for i in room.items) or "nothing"
            return f"{room.name}: you see {names}"
        case ["go", direction] if direction in room.exits:
            state["room"] = room.exits[direction]
            state["moves"] += 1
            return f"you walk {direction} to the {state['room']}"
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"you cannot go {direction}"
        case ["go", *_]:
            return "go where?"
        case [("n" | "s" | "e" | "w") as short]:
            full = {d[0]: d for d in DIRECTIONS}[short]
            return run("go " + full)
        case ["take" | "get", name]:
            item = find(name, room.items)
            match item:
                case None:
                    return f"there is no {name} here"
                case Item(_, weight) if (
                        carried_weight() + weight > state["capacity"]):
                    return f"the {name} is too heavy ({weight})"
                case Item(name=n):
                    room.items.remove(item)
                    state["inventory"].append(item)
                    return f"taken: {n}"
        case ["drop", name]:
            item = find(name, state["inventory"])
            if item is None:
                return f"you have no {name}"
            state["inventory"].remove(item)
            room.items.append(item)
            return f"dropped {name}"
        case ["use", name, *rest]:
            match find(name, state["inventory"]), rest:
                case (Item(tags=("light", *_)), []):
                    return "the room is brighter"
                case (Item(tags=["readable"]), []):
                    return "it is a book about pattern matching"
                case (Item(tags=("sharp",)) as knife, ["on", target]):
                    return f"you cut the {target} with the {knife.name}"
                case (None, _):
                    return f"you have no {name}"
                case (item, args):
                    return f"nothing happens with {item.name} {args}"
        case ["inventory" | "i"]:
            return repr(state["inventory"])
        case ["status"]:
            match state:
                case {"room": r, "moves": 0}:
                    return f"in the {r}, not moved yet"
                case {"room": r, "moves": m, "inventory": [_, *_] as inv}:
                    return f"in the {r} after {m} moves carrying {len(inv)}"
                case {"room": r, "moves": m}:
                    return f"in the {r} after {m} moves, empty-handed"
        case [verb, *args]:
            return f"unknown command {verb!r} with {len(args)} argument(s)"


script = [
    "", "status", "look", "take lamp", "take rug", "use lamp", "go west",
    "go up", "go", "n", "look", "take book", "use book", "s", "e",
    "take anvil", "take knife", "use knife on rope", "use knife", "i",
    "drop lamp", "look", "use lamp", "status", "dance wildly now",
]
for line in script:
    print(f"> {line}")
    print(run(line))
