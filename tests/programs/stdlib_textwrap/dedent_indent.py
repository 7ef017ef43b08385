# dedent() and indent().
import textwrap

cases = [
    '    hello\n      world\n    end\n',
    '\tone\n\ttwo\n',
    '  a\n\tb\n',
    '    x\n  \n      y\n',
    '\n\n  a\n   \n  b\n',
    'no indent\n    here\n',
    '   \t x\n   \t  y\n   \t',
    '  a\r\n  b\r\n',
    '',
    '     ',
    '  \t\n \t\n',
    '\t  a\n\t b\n\t   c',
    '  same\n  same',
    '        deep\n    shallow\n            deeper\n',
]
for c in cases:
    print(repr(c), '->', repr(textwrap.dedent(c)))

def f():
    doc = '''\
        Indented text in a function,
          with a nested line,

        and a blank one.
        '''
    return textwrap.dedent(doc)
print(f())

for text in ['a\nb\n\nc', '  \n x\n', 'one\r\ntwo\rthree', '', 'x', 'last line\n']:
    print(repr(textwrap.indent(text, '> ')))
    print(repr(textwrap.indent(text, '+ ', lambda line: True)))
    print(repr(textwrap.indent(text, '# ', lambda line: line.startswith('t'))))

print(textwrap.indent(textwrap.dedent('''
    def f():
        return 1
'''), '    '))
