# A library lending simulation: a calendar written by hand (no datetime),
# books and members as dataclasses, loans with due dates and fines,
# reservation queues, and a month-end report.
import random
import textwrap
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from enum import Enum, auto
from functools import total_ordering

DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


@total_ordering
class Date:
    """A calendar date stored as a day number (1 = 0001-01-01)."""

    def __init__(self, year, month, day):
        if not 1 <= month <= 12:
            raise ValueError(f"month out of range: {month}")
        last = DAYS_IN_MONTH[month - 1] + (month == 2 and is_leap(year))
        if not 1 <= day <= last:
            raise ValueError(f"day out of range for {year}-{month:02d}: {day}")
        self.year, self.month, self.day = year, month, day

    def ordinal(self):
        y = self.year - 1
        days = y * 365 + y // 4 - y // 100 + y // 400
        days += sum(DAYS_IN_MONTH[:self.month - 1])
        if self.month > 2 and is_leap(self.year):
            days += 1
        return days + self.day

    @classmethod
    def from_ordinal(cls, n):
        year = max(1, n // 366)
        while cls(year + 1, 1, 1).ordinal() <= n:
            year += 1
        n -= cls(year, 1, 1).ordinal() - 1
        month = 1
        while True:
            length = DAYS_IN_MONTH[month - 1] + (month == 2 and is_leap(year))
            if n <= length:
                return cls(year, month, n)
            n -= length
            month += 1

    def __add__(self, days):
        return Date.from_ordinal(self.ordinal() + days)

    def __sub__(self, other):
        if isinstance(other, Date):
            return self.ordinal() - other.ordinal()
        return self + (-other)

    def __eq__(self, other):
        return isinstance(other, Date) and self.ordinal() == other.ordinal()

    def __lt__(self, other):
        return self.ordinal() < other.ordinal()

    def __hash__(self):
        return self.ordinal()

    def weekday(self):
        return WEEKDAYS[(self.ordinal() - 1) % 7]

    def __str__(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    __repr__ = __str__


class Genre(Enum):
    FICTION = auto()
    SCIENCE = auto()
    HISTORY = auto()
    CHILDREN = auto()


class LendingError(Exception):
    pass


class NoCopyLeft(LendingError):
    pass


class OnHold(LendingError):
    pass


class LimitReached(LendingError):
    pass


class UnpaidFines(LendingError):
    pass


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    copies: int = 1
    on_loan: int = 0
    waitlist: deque = field(default_factory=deque, repr=False)

    @property
    def available(self):
        return self.copies - self.on_loan


@dataclass
class Member:
    name: str
    limit: int = 3
    fines: float = 0.0
    history: list = field(default_factory=list)


@dataclass
class Loan:
    book: Book
    member: Member
    start: Date
    due: Date
    returned: Date = None

    def days_late(self, today):
        end = self.returned or today
        return max(0, end - self.due)


class Library:
    LOAN_DAYS = {Genre.CHILDREN: 21}
    FINE_PER_DAY = 0.25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.loans = []
        self.log = []

    def add_book(self, *args, **kwargs):
        book = Book(*args, **kwargs)
        self.books[book.isbn] = book

    def join(self, name, **kwargs):
        self.members[name] = Member(name, **kwargs)

    def active_loans(self, member=None):
        return [l for l in self.loans if l.returned is None and (member is None or l.member is member)]

    def lend(self, isbn, name, today):
        book, member = self.books[isbn], self.members[name]
        if member.fines > 1.0:
            raise UnpaidFines(f"{name} owes {member.fines:.2f}")
        if len(self.active_loans(member)) >= member.limit:
            raise LimitReached(f"{name} reached the limit of {member.limit}")
        if book.available <= 0:
            if name not in book.waitlist:
                book.waitlist.append(name)
            raise NoCopyLeft(f"no copy of {book.title!r}; {name} is #{list(book.waitlist).index(name) + 1} in line")
        if book.waitlist and book.waitlist[0] != name:
            raise OnHold(f"{book.title!r} is held for {book.waitlist[0]}")
        if book.waitlist:
            book.waitlist.popleft()
        book.on_loan += 1
        due = today + self.LOAN_DAYS.get(book.genre, 14)
        self.loans.append(Loan(book, member, today, due))
        member.history.append(book.title)
        self.log.append(f"{today} {today.weekday()} {name} borrows {book.title!r} until {due}")

    def give_back(self, isbn, name, today):
        for loan in self.active_loans(self.members[name]):
            if loan.book.isbn == isbn:
                loan.returned = today
                loan.book.on_loan -= 1
                late = loan.days_late(today)
                fine = late * self.FINE_PER_DAY
                loan.member.fines += fine
                note = f", {late} days late, fine {fine:.2f}" if late else ""
                self.log.append(f"{today} {today.weekday()} {name} returns {loan.book.title!r}{note}")
                self.serve_waitlist(loan.book, today)
                return
        raise LendingError(f"{name} has no loan of {isbn}")

    def serve_waitlist(self, book, today):
        """The first reader in line who may borrow gets the returned copy."""
        while book.waitlist and book.available:
            first = book.waitlist[0]
            try:
                self.lend(book.isbn, first, today)
            except LendingError as e:
                self.log.append(f"           {first} skipped: {e}")
                book.waitlist.popleft()

    def pay(self, name, amount):
        member = self.members[name]
        member.fines = max(0.0, round(member.fines - amount, 2))


lib = Library()
lib.add_book("111", "The Left Hand of Darkness", "Le Guin", Genre.FICTION, copies=2)
lib.add_book("222", "A Brief History of Time", "Hawking", Genre.SCIENCE)
lib.add_book("333", "SPQR", "Beard", Genre.HISTORY)
lib.add_book("444", "The Gruffalo", "Donaldson", Genre.CHILDREN, copies=3)
lib.add_book("555", "Dune", "Herbert", Genre.FICTION)
for name, limit in [("ada", 3), ("bo", 2), ("cy", 1), ("di", 4)]:
    lib.join(name, limit=limit)

start = Date(2024, 2, 20)
print("start", start, start.weekday(), "| leap day:", Date(2024, 2, 28) + 1, "| +365:", start + 365)
print("days to new year:", Date(2025, 1, 1) - start, "| sorted:", sorted([Date(2024, 3, 1), start, Date(2023, 12, 31)]))

random.seed(7)


def day_events(today):
    """Returns first (some loans come back), then new requests."""
    for loan in lib.active_loans():
        if random.random() < 0.07 or today - loan.start > 30:
            yield "return", loan.book.isbn, loan.member.name
    for _ in range(random.randint(0, 3)):
        yield "lend", random.choice(sorted(lib.books)), random.choice(sorted(lib.members))


failures = Counter()
events = 0
for day in range(40):
    today = start + day
    if today.day == 1:
        for member in lib.members.values():
            if member.fines:
                lib.log.append(f"{today} {today.weekday()} {member.name} pays {member.fines:.2f}")
                lib.pay(member.name, member.fines)
    for action, isbn, name in list(day_events(today)):
        events += 1
        try:
            if action == "lend":
                lib.lend(isbn, name, today)
            else:
                lib.give_back(isbn, name, today)
        except LendingError as e:
            failures[type(e).__name__] += 1
            lib.log.append(f"{today} {today.weekday()} refused: {e}")

print(f"{events} events, {len(lib.log)} log lines")
for line in lib.log[:14] + ["..."] + lib.log[-8:]:
    print(" ", line)

today = start + 40
print("\nReport for", today)
width = max(len(b.title) for b in lib.books.values())
for book in sorted(lib.books.values(), key=lambda b: (b.genre.value, b.title)):
    waiting = ", ".join(book.waitlist) or "-"
    print(f"  {book.title:<{width}}  {book.genre.name.title():<8} {book.available}/{book.copies}  waiting: {waiting}")

by_member = defaultdict(list)
for loan in lib.loans:
    by_member[loan.member.name].append(loan)
for name, member in sorted(lib.members.items()):
    loans = by_member[name]
    late = sum(1 for l in loans if l.days_late(today))
    out = [l.book.title for l in loans if l.returned is None]
    print(f"  {name:<4} loans={len(loans):<2} late={late} fines={member.fines:5.2f} out={out}")

overdue = sorted((l for l in lib.active_loans() if l.days_late(today)), key=lambda l: l.due)
print("overdue:", [(l.member.name, l.book.isbn, l.days_late(today)) for l in overdue])
genres = Counter(l.book.genre.name.lower() for l in lib.loans)
print("by genre:", dict(sorted(genres.items())))
print("refusals:", dict(sorted(failures.items())))
busiest = max(lib.members.values(), key=lambda m: (len(m.history), m.name))
summary = f"The busiest reader was {busiest.name}, who borrowed {', '.join(sorted(set(busiest.history)))}."
print(textwrap.fill(summary, width=60, initial_indent="  ", subsequent_indent="  "))
try:
    Date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
