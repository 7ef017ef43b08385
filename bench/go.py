# go: random playouts on a 9x9 Go board (captures, suicide and simple-ko
# rules, no filling of own eyes, area scoring) driven by a hand-written
# xorshift PRNG, plus a tiny Monte-Carlo choice of the opening move.
# quick: 4
import sys

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
KOMI2 = 15  # komi 7.5, doubled so that scores stay integers
SYMBOLS = ".XO"


class XorShift:
    def __init__(self, seed):
        self.state = seed & 0xFFFFFFFF or 1

    def next(self):
        x = self.state
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.state = x
        return x

    def below(self, n):
        return self.next() % n


def build_neighbours():
    nbrs = []
    diags = []
    for p in range(SIZE * SIZE):
        r, c = divmod(p, SIZE)
        nbrs.append([(r + dr) * SIZE + c + dc for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1))
                     if 0 <= r + dr < SIZE and 0 <= c + dc < SIZE])
        diags.append([(r + dr) * SIZE + c + dc for dr, dc in ((-1, -1), (-1, 1), (1, -1), (1, 1))
                      if 0 <= r + dr < SIZE and 0 <= c + dc < SIZE])
    return nbrs, diags


NEIGHBOURS, DIAGONALS = build_neighbours()


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.ko = -1
        self.captures = [0, 0, 0]
        self.moves = 0

    def copy(self):
        b = Board()
        b.cells = self.cells[:]
        b.ko = self.ko
        b.captures = self.captures[:]
        b.moves = self.moves
        return b

    def has_liberty(self, p):
        cells = self.cells
        color = cells[p]
        stack = [p]
        seen = {p}
        while stack:
            q = stack.pop()
            for n in NEIGHBOURS[q]:
                v = cells[n]
                if v == EMPTY:
                    return True
                if v == color and n not in seen:
                    seen.add(n)
                    stack.append(n)
        return False

    def remove_group(self, p):
        cells = self.cells
        color = cells[p]
        stack = [p]
        cells[p] = EMPTY
        removed = 1
        while stack:
            q = stack.pop()
            for n in NEIGHBOURS[q]:
                if cells[n] == color:
                    cells[n] = EMPTY
                    removed += 1
                    stack.append(n)
        return removed

    def is_eye(self, p, color):
        cells = self.cells
        for n in NEIGHBOURS[p]:
            if cells[n] != color:
                return False
        enemy = 3 - color
        bad = 0
        for d in DIAGONALS[p]:
            if cells[d] == enemy:
                bad += 1
        if len(DIAGONALS[p]) < 4:
            return bad == 0
        return bad < 2

    def play(self, p, color):
        """Play color at p; return False (board unchanged) if illegal."""
        cells = self.cells
        if cells[p] != EMPTY or p == self.ko:
            return False
        cells[p] = color
        enemy = 3 - color
        captured = 0
        last_captured = -1
        for n in NEIGHBOURS[p]:
            if cells[n] == enemy and not self.has_liberty(n):
                got = self.remove_group(n)
                captured += got
                last_captured = n
        if captured == 0 and not self.has_liberty(p):
            cells[p] = EMPTY
            return False
        self.ko = -1
        if captured == 1:
            lonely = True
            for n in NEIGHBOURS[p]:
                if cells[n] == color:
                    lonely = False
                    break
            if lonely:
                self.ko = last_captured
        self.captures[color] += captured
        self.moves += 1
        return True

    def score(self):
        """Area score: (black points, white points)."""
        cells = self.cells
        points = [0, 0, 0]
        seen = [False] * (SIZE * SIZE)
        for p in range(SIZE * SIZE):
            v = cells[p]
            if v != EMPTY:
                points[v] += 1
            elif not seen[p]:
                region = 0
                borders = 0
                stack = [p]
                seen[p] = True
                while stack:
                    q = stack.pop()
                    region += 1
                    for n in NEIGHBOURS[q]:
                        w = cells[n]
                        if w == EMPTY:
                            if not seen[n]:
                                seen[n] = True
                                stack.append(n)
                        else:
                            borders |= w
                if borders == BLACK or borders == WHITE:
                    points[borders] += region
        return points[BLACK], points[WHITE]

    def __str__(self):
        rows = []
        for r in range(SIZE):
            rows.append(" ".join(SYMBOLS[v] for v in self.cells[r * SIZE:(r + 1) * SIZE]))
        return "\n".join(rows)


def playout(board, color, rng, max_moves=SIZE * SIZE * 3):
    passes = 0
    while passes < 2 and board.moves < max_moves:
        cells = board.cells
        empties = [p for p in range(SIZE * SIZE) if cells[p] == EMPTY]
        moved = False
        while empties:
            i = rng.below(len(empties))
            p = empties[i]
            empties[i] = empties[-1]
            empties.pop()
            if board.is_eye(p, color):
                continue
            if board.play(p, color):
                moved = True
                break
        passes = 0 if moved else passes + 1
        color = 3 - color
    b, w = board.score()
    return 2 * (b - w) - KOMI2


def main(n):
    rng = XorShift(20240607)
    black_wins = 0
    margin_sum = 0
    moves = 0
    first = None
    for g in range(n):
        board = Board()
        margin = playout(board, BLACK, rng)
        if first is None:
            first = board
        if margin > 0:
            black_wins += 1
        margin_sum += margin
        moves += board.moves
    print("games %d, black wins %d, margin sum %d (half points), moves %d"
          % (n, black_wins, margin_sum, moves))
    print("captures in first game: black %d white %d" % (first.captures[BLACK], first.captures[WHITE]))
    print(first)
    # Monte-Carlo opening choice among a few candidate points
    candidates = [40, 30, 20, 10, 0]
    results = []
    for p in candidates:
        total = 0
        for _ in range(max(1, n // 10)):
            b = Board()
            b.play(p, BLACK)
            total += playout(b, WHITE, rng)
        results.append((total, p))
    best = max(results)
    print("opening evaluations", results)
    print("best opening", divmod(best[1], SIZE))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 900)
