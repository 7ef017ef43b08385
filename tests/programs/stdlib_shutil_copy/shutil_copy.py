import os, io, shutil
base = 'sc_work'
os.mkdir(base)
def p(*parts): return os.path.join(base, *parts)
with open(p('a.txt'), 'w') as f: f.write('hello\nworld\n')
src = io.BytesIO(b'x' * 1000); dst = io.BytesIO()
shutil.copyfileobj(src, dst, 7); print(len(dst.getvalue()))
src = io.StringIO('abc'); dst = io.StringIO(); shutil.copyfileobj(src, dst); print(dst.getvalue())
print(shutil.copyfile(p('a.txt'), p('b.txt')))
with open(p('b.txt')) as f: print(repr(f.read()))
os.mkdir(p('d'))
print(shutil.copy(p('a.txt'), p('d')))
print(shutil.copy2(p('a.txt'), p('d', 'c.txt')))
print(sorted(os.listdir(p('d'))))
print(os.stat(p('d', 'c.txt')).st_size)
shutil.copymode(p('a.txt'), p('b.txt')); print('copymode ok')
for fn, args in [(shutil.copyfile, (p('a.txt'), p('a.txt'))),
                 (shutil.copyfile, (p('nope'), p('x'))),
                 (shutil.copyfile, (p('a.txt'), p('d'))),
                 (shutil.copyfile, (p('d'), p('x'))),
                 (shutil.copy, (p('a.txt'), p('missing') + '/')),
                 (shutil.copy2, (p('a.txt'), p('a.txt')))]:
    try:
        fn(*args); print('no error')
    except shutil.SameFileError as e:
        print(fn.__name__, 'SameFileError', str(e).count('are the same file'), isinstance(e, shutil.Error), isinstance(e, OSError))
    except OSError as e:
        print(fn.__name__, type(e).__name__, getattr(e, 'errno', None))
shutil.rmtree(base)
print(os.path.exists(base))
