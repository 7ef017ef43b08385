# The diffs in assertEqual failures for strings, lists and dicts: intraline hints, moved
# and replaced blocks, whitespace, long structures formatted by pprint, and many generated
# cases (a small linear congruential generator keeps them reproducible).
import unittest

tc = unittest.TestCase()
tc.maxDiff = None


def show(first, second):
    try:
        tc.assertEqual(first, second)
    except AssertionError as e:
        print(e)
    else:
        print('equal')
    print('~' * 30)


show('The quick brown fox\njumps over\nthe lazy dog\n',
     'The quick brown cat\njumps over\nthe lazy dogs\nand runs\n')
show('alpha\nbeta\ngamma\ndelta\n', 'delta\ngamma\nbeta\nalpha\n')
show('\tindented with tab\n    spaces\n', '\tindented with tab!\n     spaces\n')
show('line one\nline two', 'line one\nline two\n')
show('a\nb\nc\nd\ne\nf\ng\n', 'a\nb\nX\nd\ne\nY\ng\n')
show('completely different\n', 'nothing alike here at all\n')
show('same\nsame\nsame\n', 'same\nsame\n')
show(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape', 'honeydew'],
     ['apple', 'banana', 'cherry', 'dates', 'elderberry', 'fig', 'grapes', 'honeydew'])
show({'name': 'widget', 'sizes': [1, 2, 3], 'tags': {'a': 1, 'b': 2}, 'price': 9.99,
      'description': 'a fairly long description string that will not fit on one line'},
     {'name': 'widget', 'sizes': [1, 2, 4], 'tags': {'a': 1, 'c': 2}, 'price': 9.95,
      'description': 'a fairly long description string that will not fit on a line'})
show([{'id': i, 'value': i * i} for i in range(6)],
     [{'id': i, 'value': i * i + (i == 3)} for i in range(6)])
show((1, 2, [3, 4, (5, 6)]), (1, 2, [3, 4, (5, 7)]))
show([list(range(i)) for i in range(8)], [list(range(i)) for i in range(1, 9)])

state = [12345]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % (2 ** 31)
    return state[0] % n


words = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit',
         'sed', 'do', 'eiusmod', 'tempor']


def line():
    return ' '.join(words[rand(len(words))] for _ in range(1 + rand(5)))


def mutate(lines):
    out = []
    for text in lines:
        r = rand(10)
        if r == 0:
            continue
        if r == 1:
            out.append(line())
        if r == 2:
            text = text.replace('o', '0', 1)
        if r == 3:
            text = text + ' extra'
        if r == 4 and len(text) > 3:
            text = text[:2] + text[3:]
        out.append(text)
    if rand(3) == 0:
        out.append(line())
    return out


for case in range(40):
    original = [line() for _ in range(1 + rand(7))]
    changed = mutate(original)
    show('\n'.join(original) + '\n', '\n'.join(changed) + '\n')
