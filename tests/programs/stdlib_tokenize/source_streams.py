import io
import tokenize
from token import tok_name

SNIPPETS = {
    "decorated_class": '''\
import functools

@functools.lru_cache(maxsize=None)  # memoise
def fib(n: int) -> int:
    """Return the n-th Fibonacci number."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x=0, y=0):
        self.x, self.y = x, y

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** .5
''',
    "async_code": '''\
async def fetch(session, urls):
    results = []
    async with session:
        async for chunk in session.stream(urls):
            results.append(await chunk.read())
    return [r async for r in agen() if r]
''',
    "continuations": '''\
total = 1 + \\
        2 + \\
    3
values = [
    1,   # first
    2,

    3,
]
if (total > 2 and
        values):
    print(total,
          values)  ;  x = 1
''',
    "operators": "a //= b; c **= d; e @= f; g >>= 1; h <<= 2; i != j; k := 3 -> ...\n",
    "no_trailing_newline": "if x:\n    y = 1\n    # tail comment",
    "tabs_and_formfeed": "if a:\n\tif b:\n\t\tpass\n\x0cz = 1\n",
    "crlf": "x = 1\r\nif x:\r\n    pass\r\n",
    "unicode_names": "café = 1\nπ = 3.14159  # greek\n",
}


def dump(name, source, exact=False):
    print("==", name)
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        kind = tok.exact_type if exact else tok.type
        where = "%d,%d-%d,%d:" % (tok.start + tok.end)
        print("%-20s%-15s%-15r" % (where, tok_name[kind], tok.string))


for name, src in SNIPPETS.items():
    dump(name, src, exact=name == "operators")

print("== line attributes")
src = "x = ('''a\nb''', 1)\ny = \\\n  2\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(tok_name[tok.type], repr(tok.string), repr(tok.line))

print("== counting")
src = SNIPPETS["decorated_class"]
counts = {}
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    counts[tok_name[tok.type]] = counts.get(tok_name[tok.type], 0) + 1
for k in sorted(counts):
    print(k, counts[k])
names = [t.string for t in tokenize.generate_tokens(io.StringIO(src).readline) if t.type == tokenize.NAME]
print(len(names), sorted(set(names))[:10])
