import os
from pathlib import Path, PosixPath, WindowsPath, PurePosixPath

def show(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(os.getcwd() + os.sep, ''))

base = Path('pl_walk_tmp')
for name in ['top.txt', 'a/one.txt', 'a/two.txt', 'a/aa/three.txt', 'b/four.txt', 'c/.keep']:
    p = base / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text('x')

def norm(items):
    return [(str(d.relative_to(base)), sorted(dn), sorted(fn)) for d, dn, fn in items]

show("walk", lambda: sorted(norm(base.walk())))
show("walk bottom", lambda: sorted(norm(base.walk(top_down=False))))
order = [str(d.relative_to(base)) for d, dn, fn in base.walk(top_down=False)]
print("bottom-up children first", order.index('a/aa') < order.index('a') < order.index('.'))
order = [str(d.relative_to(base)) for d, dn, fn in base.walk()]
print("top-down parents first", order.index('.') < order.index('a') < order.index('a/aa'))
def pruned():
    out = []
    for d, dn, fn in base.walk():
        dn[:] = [x for x in dn if x != 'a']
        out.append(str(d.relative_to(base)))
    return sorted(out)
show("walk prune", pruned)
errors = []
show("walk missing", lambda: list((base / 'nope').walk(on_error=lambda e: errors.append(type(e).__name__))))
print("errors", errors)
show("walk file", lambda: list((base / 'top.txt').walk()))
show("walk types", lambda: sorted(set(type(d).__name__ for d, dn, fn in base.walk())))

show("cwd", lambda: Path.cwd() == Path(os.getcwd()))
show("cwd type", lambda: type(Path.cwd()).__name__)
show("home", lambda: Path.home() == Path(os.path.expanduser('~')))
show("absolute", lambda: str(base.absolute().relative_to(os.getcwd())))
show("absolute abs", lambda: Path('/x/y').absolute())
show("absolute dot", lambda: Path('.').absolute() == Path.cwd())
show("resolve", lambda: str((base / 'a' / '..' / 'b').resolve().relative_to(Path.cwd())))
show("resolve missing", lambda: str((base / 'zz' / '..' / 'q').resolve().relative_to(Path.cwd())))
show("resolve strict", lambda: (base / 'zz').resolve(strict=True))
show("resolve abs", lambda: (base / 'b').resolve().is_absolute())
show("expanduser", lambda: Path('~/x').expanduser() == Path(os.path.expanduser('~')) / 'x')
show("expanduser noop", lambda: Path('a/~').expanduser())
show("expanduser bad", lambda: Path('~no_such_user_xyz/q').expanduser())
show("windowspath", lambda: WindowsPath('a'))
show("posixpath", lambda: PosixPath('a', 'b'))
show("path dispatch", lambda: Path('x/y'))
show("owner type", lambda: callable(base.owner))
show("is_mount", lambda: (base.is_mount(), Path('/').is_mount()))
show("special", lambda: (base.is_socket(), base.is_fifo(), base.is_block_device(), base.is_char_device()))
show("is_junction", lambda: base.is_junction())
show("exists follow", lambda: (base.exists(follow_symlinks=False), (base / 'q').exists(follow_symlinks=False)))
show("parents concrete", lambda: [type(p).__name__ for p in (base / 'a').parents])
show("with_segments", lambda: type(base.with_segments('q')).__name__)
show("joinpath", lambda: base.joinpath('a', 'aa').is_dir())
show("rtruediv", lambda: ('pl_walk_tmp' / Path('a')).is_dir())

for dirpath, dirnames, filenames in base.walk(top_down=False):
    for fn in filenames:
        (dirpath / fn).unlink()
    dirpath.rmdir()
show("cleaned", lambda: base.exists())
