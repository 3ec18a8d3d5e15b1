# A small spreadsheet: cells hold numbers, text or formulas (=A1*2,
# =SUM(B1:B4)); formulas are parsed into closures, dependencies form a
# graph that is sorted topologically for recalculation, and cycles and
# bad references are reported per cell.
import heapq
import math
import operator
from collections import defaultdict
from functools import reduce

LETTERS = "ABCDEFGH"


class FormulaError(Exception):
    """A formula that cannot be parsed or evaluated."""


class CycleError(Exception):
    def __init__(self, cycle):
        super().__init__("circular reference: " + " -> ".join(cycle))
        self.cycle = cycle


def split_ref(ref):
    col, row = ref[0], ref[1:]
    if col not in LETTERS or not row.isdigit() or int(row) < 1:
        raise FormulaError(f"bad reference {ref!r}")
    return col, int(row)


def expand_range(start, end):
    (c1, r1), (c2, r2) = split_ref(start), split_ref(end)
    i1, i2 = sorted([LETTERS.index(c1), LETTERS.index(c2)])
    cols = LETTERS[i1:i2 + 1]
    return [f"{c}{r}" for r in range(min(r1, r2), max(r1, r2) + 1) for c in cols]


FUNCTIONS = {
    "SUM": lambda xs: sum(xs),
    "AVG": lambda xs: sum(xs) / len(xs) if xs else 0.0,
    "MAX": lambda xs: max(xs),
    "MIN": lambda xs: min(xs),
    "COUNT": lambda xs: len(xs),
    "PRODUCT": lambda xs: reduce(operator.mul, xs, 1),
    "SQRT": lambda xs: math.sqrt(xs[0]),
    "ROUND": lambda xs: round(xs[0], int(xs[1]) if len(xs) > 1 else 0)}
BINOPS = {"+": (1, operator.add), "-": (1, operator.sub),
          "*": (2, operator.mul), "/": (2, operator.truediv)}


def lex(text):
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            yield "num", float(text[i:j])
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            yield "word", text[i:j].upper()
            i = j
        elif ch in "+-*/(),:":
            yield "op", ch
            i += 1
        else:
            raise FormulaError(f"unexpected {ch!r}")
    yield "end", None


class Formula:
    """Compiles '=...' text into a function of a cell lookup, recording
    the cells it reads."""

    def __init__(self, text):
        self.text = text
        self.refs = set()
        self.tokens = list(lex(text[1:]))
        self.pos = 0
        self.func = self.expr(0)
        if self.tokens[self.pos][0] != "end":
            raise FormulaError(f"unexpected {self.tokens[self.pos][1]!r}")

    def take(self, kind=None, value=None):  # the next token, checked
        tok = self.tokens[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise FormulaError(f"expected {value or kind}, found {tok[1] or 'end'!r}")
        self.pos += 1
        return tok

    def expr(self, min_prec):
        left = self.atom()
        while True:
            kind, value = self.tokens[self.pos]
            if kind != "op" or value not in BINOPS or BINOPS[value][0] < min_prec:
                return left
            self.pos += 1
            prec, fn = BINOPS[value]
            left = (lambda f, a, b: lambda get: f(a(get), b(get)))(fn, left, self.expr(prec + 1))

    def atom(self):
        kind, value = self.take()
        if kind == "num":
            return lambda get: value
        if kind == "op" and value == "-":
            inner = self.atom()
            return lambda get: -inner(get)
        if kind == "op" and value == "(":
            inner = self.expr(0)
            self.take("op", ")")
            return inner
        if kind == "word" and self.tokens[self.pos] == ("op", "("):
            return self.call(value)
        if kind == "word":
            split_ref(value)  # raises for a bad reference
            self.refs.add(value)
            return lambda get: get(value)
        raise FormulaError("unexpected " + (repr(value) if value else "end of formula"))

    def call(self, name):
        if name not in FUNCTIONS:
            raise FormulaError(f"unknown function {name}")
        self.take("op", "(")
        parts = []
        while self.tokens[self.pos] != ("op", ")"):
            start = self.tokens[self.pos]
            if start[0] == "word" and self.tokens[self.pos + 1] == ("op", ":"):
                self.pos += 2
                cells = expand_range(start[1], self.take("word")[1])
                self.refs.update(cells)
                parts.append(lambda get, cells=cells: [get(c) for c in cells])
            else:
                item = self.expr(0)
                parts.append(lambda get, item=item: [item(get)])
            if self.tokens[self.pos] == ("op", ","):
                self.pos += 1
        self.take("op", ")")
        fn = FUNCTIONS[name]
        return lambda get: fn([x for part in parts for x in part(get) if isinstance(x, float)])


class Sheet:
    def __init__(self):
        self.raw = {}
        self.formulas = {}
        self.values = {}
        self.errors = {}

    def set(self, ref, text):
        split_ref(ref)
        self.raw[ref] = text
        self.formulas.pop(ref, None)
        if text.startswith("="):
            try:
                self.formulas[ref] = Formula(text)
            except FormulaError as e:
                self.formulas[ref] = e
        self.recalculate()

    def dependents(self):
        graph = defaultdict(set)
        for ref, formula in self.formulas.items():
            if isinstance(formula, Formula):
                for dep in formula.refs:
                    graph[dep].add(ref)
        return graph

    def order(self, skip=()):
        """Kahn's algorithm over formula cells (skip: taken as computed)."""
        graph = self.dependents()
        pending = {ref: f for ref, f in self.formulas.items() if ref not in skip}
        indegree = {ref: 0 for ref in pending}
        for ref, f in pending.items():
            if isinstance(f, Formula):
                indegree[ref] = sum(1 for d in f.refs if d in pending)
        ready = [ref for ref, n in indegree.items() if n == 0]
        heapq.heapify(ready)
        result = []
        while ready:
            ref = heapq.heappop(ready)
            result.append(ref)
            for nxt in graph[ref]:
                if nxt in indegree:
                    indegree[nxt] -= 1
                    if indegree[nxt] == 0:
                        heapq.heappush(ready, nxt)
        stuck = set(pending) - set(result)
        if stuck:
            raise CycleError(self.find_cycle(stuck))
        return result

    def find_cycle(self, stuck):
        # every stuck cell reads another stuck cell: walk until one repeats
        path = [min(stuck)]
        while True:
            nxt = min(d for d in self.formulas[path[-1]].refs if d in stuck)
            if nxt in path:
                return path[path.index(nxt):] + [nxt]
            path.append(nxt)

    def lookup(self, ref):  # empty cells read as 0
        if ref in self.errors:
            raise FormulaError(f"{ref} has an error")
        return self.values.get(ref, 0.0)

    def recalculate(self):
        self.values, self.errors = {}, {}
        for ref, text in self.raw.items():
            if ref not in self.formulas:
                try:
                    self.values[ref] = float(text)
                except ValueError:
                    self.values[ref] = text
        cyclic = set()
        while True:
            try:
                order = self.order(skip=cyclic)
                break
            except CycleError as e:
                cyclic.update(e.cycle)
        self.errors.update(dict.fromkeys(cyclic, "#CYCLE"))
        for ref in order:
            formula = self.formulas[ref]
            try:
                if isinstance(formula, FormulaError):
                    raise formula
                self.values[ref] = float(formula.func(self.lookup))
            except ZeroDivisionError:
                self.errors[ref] = "#DIV/0"
            except TypeError:
                self.errors[ref] = "#VALUE"
            except (FormulaError, ValueError) as e:
                self.errors[ref] = "#ERR: " + str(e)

    def show(self, ref):
        if ref in self.errors:
            return self.errors[ref]
        value = self.values.get(ref, "")
        if isinstance(value, float):
            return f"{value:,.2f}" if value != int(value) or abs(value) >= 1000 else str(int(value))
        return value

    def render(self):
        rows = max(split_ref(r)[1] for r in self.raw)
        cols = sorted({split_ref(r)[0] for r in self.raw})
        widths = {c: max([len(c)] + [len(self.show(f"{c}{r}")) for r in range(1, rows + 1)]) for c in cols}
        lines = ["    " + " | ".join(c.center(widths[c]) for c in cols)]
        for r in range(1, rows + 1):
            texts = [(c, self.show(f"{c}{r}")) for c in cols]
            cells = [t.rjust(widths[c]) if t[:1] in "-0123456789" and t else t.ljust(widths[c]) for c, t in texts]
            lines.append(f"{r:>3} " + " | ".join(cells))
        return "\n".join(lines)


sheet = Sheet()
for ref, text in {
    "A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
    "A2": "Widget", "B2": "4", "C2": "2.50", "D2": "=B2*C2",
    "A3": "Gadget", "B3": "10", "C3": "13.99", "D3": "=B3*C3",
    "A4": "Gizmo", "B4": "1", "C4": "250", "D4": "=B4 * C4",
    "A5": "Sum", "B5": "=SUM(B2:B4)", "D5": "=SUM(D2:D4)",
    "A6": "Tax", "C6": "0.2", "D6": "=ROUND(D5 * C6, 2)",
    "A7": "Grand", "D7": "=D5 + D6",
    "A8": "Avg", "B8": "=AVG(B2:B4)", "C8": "=MAX(C2:C4) - MIN(C2:C4)", "D8": "=D7 / COUNT(D2:D4)",
}.items():
    sheet.set(ref, text)
print(sheet.render())
print("order:", " ".join(sheet.order()))

print("\n-- change B2 to 40")
sheet.set("B2", "40")
print("D2 =", sheet.show("D2"), "| D7 =", sheet.show("D7"), "| B8 =", sheet.show("B8"))

print("-- introduce a cycle: C6 = D7 / 1000")
sheet.set("C6", "=D7/1000")
for ref in ("C6", "D6", "D7", "D8", "B5"):
    print(f"  {ref}: {sheet.show(ref)}")
try:
    sheet.order()
except CycleError as e:
    print("  CycleError:", e)

print("-- break the cycle, then errors")
sheet.set("C6", "0.25")
for ref, text in zip(["E1", "E2", "E3", "E4", "E5", "E6"],
                     ["=B5/(B4-1)", "=SQRT(C3) + NOPE(1)", "=A2 + 1", "=3 +", "=E1 * 2", "=PRODUCT(B2:C3, 0.5)"]):
    sheet.set(ref, text)
for ref in ("D7", "E1", "E2", "E3", "E4", "E5", "E6"):
    print(f"  {ref}: {sheet.raw[ref]:<22} {sheet.show(ref)}")
try:
    sheet.set("Z9", "1")
except FormulaError as e:
    print("  FormulaError:", e)
print(sheet.render())
