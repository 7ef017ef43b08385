import os
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Loc:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p

class BadLoc:
    def __fspath__(self): return b"bytes"

show("empty", lambda: PurePosixPath())
show("dispatch", lambda: type(PurePath('a')).__name__)
show("multi", lambda: PurePosixPath('a', 'b/c', 'd'))
show("abs reset", lambda: PurePosixPath('a', '/b', 'c'))
show("dots", lambda: PurePosixPath('a/./b/../c/'))
show("slashes2", lambda: PurePosixPath('//x/y').parts)
show("slashes3", lambda: PurePosixPath('///x/y').parts)
show("pathlike", lambda: PurePosixPath(Loc('q/r'), 's'))
show("badlike", lambda: PurePosixPath(BadLoc()))
show("bytes", lambda: PurePosixPath(b'a'))
show("int", lambda: PurePosixPath(5))
show("none", lambda: PurePosixPath(None))
p = PurePosixPath('/usr/lib/python3.12/x.tar.gz')
print(str(p), repr(p), bytes(p), os.fspath(p))
print(p.parts, repr(p.drive), repr(p.root), repr(p.anchor))
print(PurePosixPath('rel/x').parts, repr(PurePosixPath('rel').anchor))
show("div", lambda: p / 'more' / 'x')
show("div abs", lambda: p / '/etc')
show("rdiv", lambda: 'pre' / PurePosixPath('x'))
show("rdiv like", lambda: Loc('pre') / PurePosixPath('x'))
show("div int", lambda: p / 3)
show("rdiv int", lambda: 3 / p)
show("joinpath", lambda: PurePosixPath('a').joinpath('b', PurePosixPath('c'), Loc('d')))
show("eq", lambda: PurePosixPath('a/b') == PurePosixPath('a//b/'))
show("eq str", lambda: PurePosixPath('a') == 'a')
show("eq concrete", lambda: PurePosixPath('a') == PosixPath('a'))
show("eq flavour", lambda: PurePosixPath('a') == PureWindowsPath('a'))
show("hash", lambda: hash(PurePosixPath('a/b')) == hash(PurePosixPath('a', 'b')))
show("set", lambda: len({PurePosixPath('a'), PurePosixPath('a/'), PosixPath('a')}))
show("sorted", lambda: sorted([PurePosixPath(x) for x in ['b', 'a/b', '/z', 'a', 'a-b', 'A', '/a/b']]))
show("lt", lambda: PurePosixPath('a') < PurePosixPath('b'))
show("ge", lambda: PurePosixPath('a/b') >= PurePosixPath('a'))
show("lt mixed", lambda: PurePosixPath('a') < PureWindowsPath('b'))
show("lt str", lambda: PurePosixPath('a') < 'b')
show("isinstance", lambda: isinstance(PurePosixPath('a'), os.PathLike))
show("path types", lambda: (type(Path('a')).__name__, isinstance(Path('a'), PurePosixPath), isinstance(Path('a'), Path)))
show("posix cross", lambda: PurePosixPath(PureWindowsPath('c:/a/b')))
show("as_posix", lambda: PurePosixPath('/a/b').as_posix())
show("cwd rel", lambda: str(PurePosixPath('.')))
show("dot name", lambda: PurePosixPath('.').name)
