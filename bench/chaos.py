# chaos game: iterate a random choice of affine maps (an iterated function
# system: Barnsley fern, Sierpinski triangle, a spiral) with a hand-written
# linear congruential generator, and rasterize the attractor into a grid.
# Prints the number of lit cells and a text thumbnail of each attractor.
# quick: 2000
import sys


class LCG:
    """Deterministic 48-bit linear congruential generator (drand48 constants)."""

    def __init__(self, seed):
        self.state = (seed ^ 0x5DEECE66D) & ((1 << 48) - 1)

    def next_bits(self, bits):
        self.state = (self.state * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)
        return self.state >> (48 - bits)

    def random(self):
        return self.next_bits(30) / 1073741824.0


class AffineMap:
    def __init__(self, a, b, c, d, e, f, weight):
        self.a, self.b, self.c, self.d, self.e, self.f = a, b, c, d, e, f
        self.weight = weight

    def apply(self, x, y):
        return self.a * x + self.b * y + self.e, self.c * x + self.d * y + self.f


class IFS:
    def __init__(self, name, maps, bounds):
        self.name = name
        self.maps = maps
        total = sum(m.weight for m in maps)
        acc = 0.0
        self.cumulative = []
        for m in maps:
            acc += m.weight / total
            self.cumulative.append(acc)
        self.cumulative[-1] = 1.0
        self.bounds = bounds

    def pick(self, rng):
        r = rng.random()
        for m, c in zip(self.maps, self.cumulative):
            if r < c:
                return m
        return self.maps[-1]

    def run(self, rng, iterations, width, height):
        xmin, xmax, ymin, ymax = self.bounds
        grid = [[0] * width for _ in range(height)]
        sx = (width - 1) / (xmax - xmin)
        sy = (height - 1) / (ymax - ymin)
        x = y = 0.0
        for i in range(iterations):
            x, y = self.pick(rng).apply(x, y)
            if i < 20:
                continue
            col = int((x - xmin) * sx)
            row = int((ymax - y) * sy)
            if 0 <= col < width and 0 <= row < height:
                grid[row][col] += 1
        return grid


def thumbnail(grid, cols, rows):
    h = len(grid)
    w = len(grid[0])
    cells = []
    for r in range(rows):
        line = []
        for c in range(cols):
            total = 0
            for y in range(r * h // rows, (r + 1) * h // rows):
                row = grid[y]
                for x in range(c * w // cols, (c + 1) * w // cols):
                    total += row[x]
            line.append(total)
        cells.append(line)
    peak = max(max(line) for line in cells) or 1
    return ["".join(" .:-=+*#%@"[v * 9 // peak] for v in line).rstrip() for line in cells]


def systems():
    fern = IFS("fern", [
        AffineMap(0.0, 0.0, 0.0, 0.16, 0.0, 0.0, 0.01),
        AffineMap(0.85, 0.04, -0.04, 0.85, 0.0, 1.6, 0.85),
        AffineMap(0.2, -0.26, 0.23, 0.22, 0.0, 1.6, 0.07),
        AffineMap(-0.15, 0.28, 0.26, 0.24, 0.0, 0.44, 0.07),
    ], (-2.7, 2.7, 0.0, 10.0))
    sierpinski = IFS("sierpinski", [
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.0, 0.0, 1.0),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.5, 0.0, 1.0),
        AffineMap(0.5, 0.0, 0.0, 0.5, 0.25, 0.5, 1.0),
    ], (0.0, 1.0, 0.0, 1.0))
    spiral = IFS("spiral", [
        AffineMap(0.787879, -0.424242, 0.242424, 0.859848, 1.758647, 1.408065, 0.9),
        AffineMap(-0.121212, 0.257576, 0.151515, 0.053030, -6.721654, 1.377236, 0.05),
        AffineMap(0.181818, -0.136364, 0.090909, 0.181818, 6.086107, 1.568035, 0.05),
    ], (-7.0, 7.0, -1.0, 11.0))
    return [fern, sierpinski, spiral]


def main(n):
    rng = LCG(1234)
    for ifs in systems():
        grid = ifs.run(rng, n, 64, 48)
        lit = sum(1 for row in grid for v in row if v)
        hits = sum(sum(row) for row in grid)
        print("%s: %d points, %d cells lit" % (ifs.name, hits, lit))
        for line in thumbnail(grid, 32, 12):
            print("|" + line)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500000)
