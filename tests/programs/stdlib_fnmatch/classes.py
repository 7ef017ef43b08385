import fnmatch
for p in ['[a-c-e]', '[]-]', '[!]-]', '[\\-x]', 'a*b*c*d', '*x*', '[a--]', '[--a]', '[!-]']:
    print(repr(p), repr(fnmatch.translate(p)))
print(fnmatch.filter(['a-b', 'a]b', 'ab', '-'], '*[]-]*'))
print(fnmatch.fnmatchcase(b'x.py', b'*.py'), fnmatch.translate('*.[!p]y'))
