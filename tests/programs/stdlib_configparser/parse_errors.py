import configparser


def attempt(label, text, **kw):
    cp = configparser.ConfigParser(**kw)
    try:
        cp.read_string(text, source='demo.ini')
        print(label, 'ok', {s: dict(cp[s]) for s in cp})
    except configparser.Error as e:
        print(label, type(e).__name__)
        print(' ', str(e).replace('\n', '\n  '))
        print('  args:', e.args)
        if type(e) is configparser.ParsingError:
            print('  errors:', e.errors, e.source)
            print('  after:', {s: dict(cp[s]) for s in cp})
        else:
            print('  after:', cp.sections())


attempt('noheader', 'key = value\n[s]\n')
attempt('dupsect', '[a]\nx=1\n[b]\n[a]\ny=2\n')
attempt('dupsect-nonstrict', '[a]\nx=1\n[b]\n[a]\ny=2\n', strict=False)
attempt('dupopt', '[a]\nx=1\ny=2\nX=3\n')
attempt('dupopt-nonstrict', '[a]\nx=1\ny=2\nX=3\n', strict=False)
attempt('dupdefault', '[DEFAULT]\nx=1\n[DEFAULT]\ny=2\n')
attempt('badlines', '[a]\nx=1\nthis is bad\ny=2\nalso bad\n  cont\n')
attempt('emptykey', '[a]\n=value\n: other\n')
attempt('nv-not-allowed', '[a]\nflag\n')
attempt('nv', '[a]\nflag\nk = v\n', allow_no_value=True)
attempt('continuation', '[a]\nk = first\n  second\n\n  third\n\n\nnext = 1\n')
attempt('no-empty-lines', '[a]\nk = first\n  second\n\n  third\n', empty_lines_in_values=False)
attempt('colon-and-eq', '[a]\nurl: http://x=y\nk=v:w\n')
attempt('inline', '[a]\nk = v ; comment\nj = a;b\nm = x # y ; z\n', inline_comment_prefixes=(';', '#'))
attempt('no-inline', '[a]\nk = v ; comment\n')
attempt('comments', '[a]\n// c\nk = v\n', comment_prefixes=('//',))
attempt('delims', '[a]\nk -> v\nj => w\nplain = x\n', delimiters=('->', '=>'))
attempt('header-odd', '[weird] name]\nk=v\n[  spaced  ]\nj=w\n')
attempt('default-name', '[general]\na=1\n[top]\nb=2\n', default_section='general')
attempt('case', '[Sect]\nKeY = VaLuE\n[sect]\nk=2\n')
attempt('empty', '')
attempt('only-comments', '# a\n; b\n\n')
attempt('dup-across-reads-ok', '[s]\nx=1\n')

cp = configparser.ConfigParser()
cp.read_string('[s]\nx=1\n')
cp.read_string('[s]\nx=2\ny=3\n')
print(dict(cp['s']))
cp.read_file(['[t]\n', 'a = 1\n'])
print(cp.sections())
try:
    cp.read_file(['[t]\n', '[t]\n'])
except configparser.DuplicateSectionError as e:
    print(e)
cp.read_file(iter(['[u]', 'a=1', 'b=2']), source='lines')
print(dict(cp['u']))
try:
    cp.read_string('[v]\nbad\n[v]\n')
except configparser.Error as e:
    print(type(e).__name__, e)

e = configparser.ParsingError('src')
e.append(3, "'line'")
e.append(12, "'other'")
print(e)
print(e.args)
try:
    configparser.ParsingError()
except TypeError as ex:
    print('TypeError', ex)
e = configparser.MissingSectionHeaderError('f.ini', 4, 'x=1\n')
print(e.source, e.lineno, repr(e.line))
print(isinstance(e, configparser.ParsingError))
print(repr(configparser.Error('msg')), configparser.Error().message == '')
print(configparser.DuplicateSectionError('s'))
print(configparser.DuplicateOptionError('s', 'o'))
print(configparser.DuplicateOptionError('s', 'o', 'src'))
print(configparser.NoOptionError('o', 's').args)
print(issubclass(configparser.InterpolationSyntaxError, configparser.InterpolationError))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
