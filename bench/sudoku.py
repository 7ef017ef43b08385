# sudoku: generate puzzles from a shuffled base grid with a hand-written PRNG,
# then solve them with candidate sets, constraint propagation (naked and
# hidden singles) and depth-first search, counting up to two solutions.
# quick: 2
import sys

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
SQUARES = [r + c for r in ROWS for c in DIGITS]


def build_units():
    units = []
    for r in ROWS:
        units.append([r + c for c in DIGITS])
    for c in DIGITS:
        units.append([r + c for r in ROWS])
    for rs in ("ABC", "DEF", "GHI"):
        for cs in ("123", "456", "789"):
            units.append([r + c for r in rs for c in cs])
    unit_map = {s: [u for u in units if s in u] for s in SQUARES}
    peers = {s: sorted(set(sum(unit_map[s], [])) - {s}) for s in SQUARES}
    return units, unit_map, peers


UNITS, UNIT_MAP, PEERS = build_units()


class Rng:
    def __init__(self, seed):
        self.s = seed

    def below(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.s >> 33) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


def make_puzzle(rng, clues):
    digits = list(DIGITS)
    rng.shuffle(digits)
    bands = [0, 1, 2]
    stacks = [0, 1, 2]
    rng.shuffle(bands)
    rng.shuffle(stacks)
    rows = []
    for b in bands:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        rows.extend(b * 3 + i for i in inner)
    cols = []
    for s in stacks:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        cols.extend(s * 3 + i for i in inner)
    grid = []
    for r in rows:
        for c in cols:
            grid.append(digits[(3 * (r % 3) + r // 3 + c) % 9])
    cells = list(range(81))
    rng.shuffle(cells)
    keep = set(cells[:clues])
    return "".join(grid[i] if i in keep else "." for i in range(81)), "".join(grid)


class Contradiction(Exception):
    pass


def assign(values, s, d):
    for other in values[s].replace(d, ""):
        eliminate(values, s, other)
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return
    values[s] = values[s].replace(d, "")
    remaining = values[s]
    if not remaining:
        raise Contradiction(s)
    if len(remaining) == 1:
        d2 = remaining
        for p in PEERS[s]:
            eliminate(values, p, d2)
    for unit in UNIT_MAP[s]:
        places = [q for q in unit if d in values[q]]
        if not places:
            raise Contradiction(d)
        if len(places) == 1:
            assign(values, places[0], d)


def parse(puzzle):
    values = {s: DIGITS for s in SQUARES}
    for s, ch in zip(SQUARES, puzzle):
        if ch in DIGITS:
            assign(values, s, ch)
    return values


class Search:
    def __init__(self):
        self.nodes = 0
        self.solutions = []

    def run(self, values, limit):
        self.nodes += 1
        if all(len(values[s]) == 1 for s in SQUARES):
            self.solutions.append("".join(values[s] for s in SQUARES))
            return
        _, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
        for d in values[s]:
            if len(self.solutions) >= limit:
                return
            trial = dict(values)
            try:
                assign(trial, s, d)
            except Contradiction:
                continue
            self.run(trial, limit)


def valid(solution):
    vals = dict(zip(SQUARES, solution))
    return all(sorted(vals[s] for s in u) == list(DIGITS) for u in UNITS)


def main(n):
    rng = Rng(42)
    nodes = 0
    unique = 0
    checksum = 0
    for i in range(n):
        puzzle, answer = make_puzzle(rng, 25 + i % 10)
        search = Search()
        try:
            search.run(parse(puzzle), 2)
        except Contradiction:
            print("puzzle %d: contradiction" % i)
            continue
        first = search.solutions[0]
        assert valid(first)
        assert all(p == "." or p == f for p, f in zip(puzzle, first))
        if len(search.solutions) == 1:
            unique += 1
            assert first == answer
        nodes += search.nodes
        checksum = (checksum * 131 + int(first[:9]) + search.nodes) % 1000000007
        if i < 3:
            print(puzzle)
            print(first)
    print("puzzles %d unique %d nodes %d checksum %d" % (n, unique, nodes, checksum))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600)
