import logging
import os
import sys

log = logging.getLogger('hf')
log.setLevel(logging.DEBUG)
log.propagate = False

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('OUT %(levelname)s %(message)s'))
log.addHandler(out)
print(out.level, out.formatter is not None, out.stream is sys.stdout, out.terminator == '\n')

err = logging.StreamHandler()
print(err.stream is sys.stderr)
err.setLevel(logging.ERROR)
err.setFormatter(logging.Formatter('ERR %(levelname)s %(message)s'))
log.addHandler(err)
log.info('only to stdout')
log.error('to both')
log.removeHandler(err)

# handler names
out.set_name('console')
print(out.name, out.get_name(), logging.getHandlerByName('console') is out, 'console' in logging.getHandlerNames())

# filters
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1

f = OnlyOdd()
log.addFilter(f)
for i in range(4):
    log.info('number %d', i)
log.removeFilter(f)
log.addFilter(lambda record: 'secret' not in record.msg)
log.info('public message')
log.info('secret message')
log.filters.clear()

def replacer(record):
    new = logging.makeLogRecord(record.__dict__)
    new.msg = 'REPLACED: ' + record.msg
    return new
out.addFilter(replacer)
log.warning('original')
out.removeFilter(replacer)

name_filter = logging.Filter('hf.sub')
for n in ['hf.sub', 'hf.sub.deeper', 'hf.subway', 'hf', 'other']:
    r = logging.LogRecord(n, logging.INFO, 'p', 1, 'm', (), None)
    print(n, bool(name_filter.filter(r)))
print(bool(logging.Filter().filter(logging.LogRecord('any', 10, 'p', 1, 'm', (), None))))

child = logging.getLogger('hf.sub')
out.addFilter(logging.Filter('hf.sub'))
log.warning('parent filtered out by handler filter')
child.warning('child passes handler filter')
out.filters.clear()
child.addFilter(logging.Filter('nomatch'))
child.warning('blocked by logger filter')
logging.getLogger('hf.sub.x').warning('logger filters do not apply to descendants')
child.filters.clear()

# FileHandler
path = 'logging_handlers_test.log'
if os.path.exists(path):
    os.remove(path)
fh = logging.FileHandler(path, mode='w')
fh.setFormatter(logging.Formatter('%(name)s - %(levelname)s - %(message)s'))
log.addHandler(fh)
log.warning('goes to file and stdout')
log.debug('debug too')
print(fh.baseFilename == os.path.abspath(path), fh.mode, repr(fh) == '<FileHandler %s (NOTSET)>' % os.path.abspath(path))
log.removeHandler(fh)
fh.close()
with open(path) as fp:
    print(fp.read(), end='')
fh = logging.FileHandler(path, delay=True)
print(fh.stream)
log.addHandler(fh)
log.error('appended')
log.removeHandler(fh)
fh.close()
with open(path) as fp:
    print(fp.read(), end='')
os.remove(path)

# setStream
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append('<flush>')
c = Collect()
old = out.setStream(c)
print(old is sys.stdout, out.setStream(c))
log.info('collected %s', 'text')
out.setStream(sys.stdout)
print(c.parts)
out.terminator = ' END\n'
log.info('custom terminator')
out.terminator = '\n'

# handler level and repr
h = logging.StreamHandler(sys.stdout)
h.setLevel('WARNING')
print(repr(h).replace('<stdout> ', ''), h.level)
print(repr(logging.NullHandler()), repr(logging.Handler(logging.INFO)))
try:
    logging.Handler().emit(None)
except NotImplementedError as e:
    print('NotImplementedError:', e)

# basicConfig with filename
logging.basicConfig(filename=path, filemode='w', format='%(levelname)s %(message)s', level=logging.INFO)
logging.info('basic file')
logging.debug('dropped')
logging.shutdown()
root_handler = logging.root.handlers[0]
print(type(root_handler).__name__)
logging.root.removeHandler(root_handler)
root_handler.close()
with open(path) as fp:
    print(fp.read(), end='')
os.remove(path)
