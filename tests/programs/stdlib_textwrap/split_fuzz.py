# Chunking of many generated strings, with and without hyphen breaking.
import textwrap

alphabet = "ab-1_- .,!?'\"xé-&\t"
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

w = textwrap.TextWrapper()
w2 = textwrap.TextWrapper(break_on_hyphens=False)
for i in range(300):
    s = ''.join(alphabet[rnd(len(alphabet))] for _ in range(1 + rnd(14)))
    print(repr(s), w._split(s), w2._split(s))
for width in (3, 5, 8):
    for i in range(40):
        s = ''.join(alphabet[rnd(len(alphabet))] for _ in range(5 + rnd(30)))
        print(width, textwrap.wrap(s, width), textwrap.wrap(s, width, drop_whitespace=False, max_lines=3, placeholder='~'))
