for src in ['pass\\', 'x = 1 + \\', 'if x:\n    y \\', 'a = (1,\\', 'x = 1\\\n']:
    try:
        compile(src, 's', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
print(bytes('aé', 'ascii', 'ignore'), bytes('aé', 'ascii', 'replace'), bytearray('é', 'ascii', errors='xmlcharrefreplace'), bytes('é', encoding='latin-1', errors='strict'))
try:
    bytes('é', 'ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
x = 1 + \
    2
print(x)
