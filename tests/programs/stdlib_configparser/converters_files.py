import configparser
import io
import os
import tempfile


def as_list(value):
    return [item.strip() for item in value.split(',') if item.strip()]


cp = configparser.ConfigParser(converters={'list': as_list})
cp.read_string("""
[app]
hosts = alpha, beta ,gamma
ports = 80,443
debug = off
""")
print(sorted(cp.converters))
print(len(cp.converters), cp.converters['int'], cp.converters['list'] is as_list)
print(cp.getlist('app', 'hosts'))
print(cp['app'].getlist('ports'))
print(cp.getlist('app', 'missing', fallback=['none']))
print(cp['app'].getlist('missing'))
cp.converters['upper'] = str.upper
print(cp.getupper('app', 'debug'), cp['app'].getupper('hosts'))
cp.add_section('later')
cp['later']['v'] = 'x'
print(cp['later'].getupper('v'))
del cp.converters['upper']
print(hasattr(cp, 'getupper'), hasattr(cp['app'], 'getupper'), sorted(cp.converters))
for bad in ['', None]:
    try:
        cp.converters[bad] = int
    except ValueError as e:
        print('ValueError', e)
try:
    del cp.converters['nothere']
except KeyError as e:
    print('KeyError', e)
print(cp['app'].getboolean('debug'), cp['app'].getint('ports', fallback=-1) if False else 'skip')
try:
    cp['app'].getint('hosts')
except ValueError as e:
    print('ValueError', e)


class CaseKeeping(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr


class Custom(configparser.ConfigParser):
    def getpath(self, section, option, **kw):
        return self.get(section, option, **kw).split('/')


ck = CaseKeeping()
ck.read_string('[S]\nMixedCase = 1\nUPPER = %(MixedCase)s\n')
print(ck.options('S'), ck['S']['UPPER'])
c = Custom()
print(sorted(c.converters))
c.read_string('[p]\nroute = a/b/c\n')
print(c.getpath('p', 'route'), c['p'].getpath('route'))

with tempfile.TemporaryDirectory() as tmp:
    first = os.path.join(tmp, 'one.ini')
    second = os.path.join(tmp, 'two.ini')
    with open(first, 'w', encoding='utf-8') as f:
        f.write('[db]\nhost = localhost\nport = 5432\n')
    with open(second, 'w', encoding='utf-8') as f:
        f.write('[db]\nport = 6543\n[cache]\nsize = 10\n')
    reader = configparser.ConfigParser()
    done = reader.read([first, os.path.join(tmp, 'missing.ini'), second], encoding='utf-8')
    print([os.path.basename(p) for p in done])
    print(dict(reader['db']), reader.getint('cache', 'size'))
    bad = os.path.join(tmp, 'bad.ini')
    with open(bad, 'w', encoding='utf-8') as f:
        f.write('[x]\nno delimiter here\n')
    try:
        configparser.ConfigParser().read(bad, encoding='utf-8')
    except configparser.ParsingError as e:
        print(type(e).__name__, e.errors, os.path.basename(e.source))
    with open(first, encoding='utf-8') as f:
        other = configparser.ConfigParser()
        other.read_file(f)
        print(other.sections(), other.get('db', 'host'))
    out = os.path.join(tmp, 'out.ini')
    with open(out, 'w', encoding='utf-8') as f:
        reader.write(f)
    with open(out, encoding='utf-8') as f:
        print(repr(f.read()))
    print(len(configparser.ConfigParser().read(os.path.join(tmp, 'nope.ini'))))

sio = io.StringIO('[s]\nk=v\n')
p = configparser.ConfigParser()
p.read_file(sio)
print(p['s']['k'])
try:
    p.read_file(io.StringIO('k=v\n'))
except configparser.MissingSectionHeaderError as e:
    print(e)
