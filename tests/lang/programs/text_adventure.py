# A text adventure run from a script of commands: rooms and items as
# classes, a state machine (exploring, in combat, won, dead) with an
# Enum, commands registered by a decorator, and errors for bad input.
import textwrap
from enum import Enum
from collections import OrderedDict


class State(Enum):
    EXPLORING = "exploring"
    COMBAT = "in combat"
    WON = "won"
    DEAD = "dead"


class GameError(Exception):
    """A command that cannot be carried out; the game goes on."""


class Item:
    def __init__(self, name, description, weight=1, **traits):
        self.name = name
        self.description = description
        self.weight = weight
        self.traits = traits

    def __repr__(self):
        return f"Item({self.name!r})"


class Room:
    def __init__(self, key, title, text, dark=False):
        self.key, self.title, self.text, self.dark = key, title, text, dark
        self.exits = {}
        self.items = OrderedDict()
        self.locked = {}
        self.monster = None

    def connect(self, direction, other, back, key_item=None):
        self.exits[direction] = other
        other.exits[back] = self
        if key_item:
            self.locked[direction] = key_item

    def describe(self, lit):
        if self.dark and not lit:
            return "It is pitch dark. You might be eaten by something."
        lines = [self.title, textwrap.fill(self.text, 56)]
        if self.items:
            lines.append("You see: " + ", ".join(self.items) + ".")
        if self.monster:
            lines.append(f"A {self.monster.name} blocks the way!")
        lines.append("Exits: " + " ".join(sorted(self.exits)))
        return "\n".join(lines)


class Monster:
    def __init__(self, name, health, damage, weakness):
        self.name, self.health, self.damage, self.weakness = name, health, damage, weakness


COMMANDS = {}


def command(*names):
    def register(func):
        for name in names:
            COMMANDS[name] = func
        return func
    return register


class Game:
    MAX_WEIGHT = 6

    def __init__(self, start):
        self.room = start
        self.inventory = {}
        self.state = State.EXPLORING
        self.health = 10
        self.moves = 0
        self.visited = {start.key}

    @property
    def lit(self):
        return any(item.traits.get("light") for item in self.inventory.values())

    def carried_weight(self):
        return sum(item.weight for item in self.inventory.values())

    def do(self, line):
        verb, _, rest = line.strip().lower().partition(" ")
        handler = COMMANDS.get(verb)
        if handler is None:
            raise GameError(f"I don't know how to {verb!r}.")
        allowed = {State.EXPLORING: True, State.COMBAT: verb in ("attack", "hit", "flee", "inventory", "i")}
        if not allowed.get(self.state, False):
            raise GameError(f"You can't {verb} while {self.state.value}.")
        self.moves += 1
        return handler(self, rest)


@command("look", "l")
def look(game, _):
    return game.room.describe(game.lit)


@command("go", "walk")
def go(game, direction):
    room = game.room
    if direction not in room.exits:
        raise GameError(f"You can't go {direction or 'nowhere'} from here.")
    key = room.locked.get(direction)
    if key and key not in game.inventory:
        raise GameError(f"The way {direction} is locked.")
    note = ""
    if room.dark and not game.lit:
        game.health -= 1
        note = "You stumble in the dark and bruise your shin.\n"
    game.room = room.exits[direction]
    game.visited.add(game.room.key)
    if game.room.monster:
        game.state = State.COMBAT
    return note + look(game, "")


@command("take", "get")
def take(game, name):
    if game.room.dark and not game.lit:
        raise GameError("It is too dark to find anything.")
    item = game.room.items.get(name)
    if item is None:
        raise GameError(f"There is no {name} here.")
    if game.carried_weight() + item.weight > game.MAX_WEIGHT:
        raise GameError(f"The {name} is too heavy to carry with everything else.")
    game.inventory[name] = game.room.items.pop(name)
    return f"Taken: {name}."


@command("drop")
def drop(game, name):
    try:
        game.room.items[name] = game.inventory.pop(name)
    except KeyError:
        raise GameError(f"You are not carrying a {name}.") from None
    return f"Dropped: {name}."


@command("inventory", "i")
def inventory(game, _):
    if not game.inventory:
        return "You carry nothing."
    names = ", ".join(f"{n} ({i.weight})" for n, i in sorted(game.inventory.items()))
    return f"You carry {names}; weight {game.carried_weight()}/{game.MAX_WEIGHT}."


@command("examine", "x")
def examine(game, name):
    item = game.inventory.get(name) or game.room.items.get(name)
    if item is None:
        raise GameError(f"You see no {name}.")
    return item.description


@command("attack", "hit")
def attack(game, weapon):
    monster = game.room.monster
    if monster is None:
        raise GameError("There is nothing to attack.")
    item = game.inventory.get(weapon)
    if item is None:
        raise GameError(f"You have no {weapon or 'weapon'}.")
    hit = item.traits.get("damage", 1) * (3 if weapon == monster.weakness else 1)
    monster.health -= hit
    report = [f"You hit the {monster.name} with the {weapon} for {hit}."]
    if monster.health <= 0:
        report.append(f"The {monster.name} collapses.")
        game.room.monster = None
        game.state = State.EXPLORING
    else:
        game.health -= monster.damage
        report.append(f"The {monster.name} strikes back ({game.health} health left).")
        if game.health <= 0:
            game.state = State.DEAD
            report.append("You die.")
    return " ".join(report)


@command("flee")
def flee(game, _):
    game.state = State.EXPLORING
    game.room = next(iter(game.room.exits.values()))
    return f"You run back to the {game.room.title}."


@command("open")
def open_chest(game, what):
    if what != "chest" or "chest" not in game.room.items:
        raise GameError(f"There is no {what or 'thing'} to open.")
    if "key" not in game.inventory:
        raise GameError("The chest is locked.")
    game.state = State.WON
    return "The chest creaks open: it is full of gold!"


def build_world():
    hall = Room("hall", "Great Hall", "Dusty banners hang from the rafters of a long, cold hall. "
                "A draught comes from the north.")
    cellar = Room("cellar", "Cellar", "Barrels line the damp walls.", dark=True)
    armoury = Room("armoury", "Armoury", "Racks of rusted weapons. Most are useless.")
    vault = Room("vault", "Vault", "A round room with a single iron-bound chest.")
    hall.connect("north", armoury, "south")
    hall.connect("down", cellar, "up")
    cellar.connect("east", vault, "west", key_item="key")
    hall.items["lamp"] = Item("lamp", "A brass oil lamp, still half full.", light=True)
    armoury.items["sword"] = Item("sword", "A notched but sharp sword.", weight=3, damage=2)
    armoury.items["anvil"] = Item("anvil", "Far too heavy to be useful.", weight=9)
    armoury.items["garlic"] = Item("garlic", "A braid of garlic. Pungent.", damage=1)
    cellar.items["key"] = Item("key", "A small iron key.")
    vault.items["chest"] = Item("chest", "Iron-bound and locked.", weight=20)
    vault.monster = Monster("vampire bat", health=5, damage=3, weakness="garlic")
    return hall


SCRIPT = """
look
dance wildly
go down
take key
go up
take lamp
go north
take anvil
take sword
take garlic
examine garlic
i
go south
go down
take key
go east
take chest
attack sword
flee
go east
attack garlic
drop lamp
open door
open chest
look
"""

game = Game(build_world())
for line in SCRIPT.strip().splitlines():
    print(f"> {line}")
    try:
        print(textwrap.indent(game.do(line), "  "))
    except GameError as e:
        print(f"  ! {e}")
    if game.state in (State.WON, State.DEAD):
        print(f"*** {game.state.name} after {game.moves} moves ***")
        break
print(f"health {game.health}, visited {sorted(game.visited)}, carrying {sorted(game.inventory)}")
print("verbs:", ", ".join(sorted({f.__name__ for f in COMMANDS.values()})))
