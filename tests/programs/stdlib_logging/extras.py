import logging
import sys
import io
import time

# asctime with a fixed converter and datefmt
r = logging.LogRecord('t', logging.INFO, '/x/y.py', 3, 'msg', (), None)
r.created = 86400 * 365 + 3723.25
r.msecs = 250.0
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y/%m/%d %H:%M:%S')
f.converter = time.gmtime
print(f.format(r))
g = logging.Formatter('[%(asctime)s] %(message)s')
g.converter = time.gmtime
print(g.format(r))
class GM(logging.Formatter):
    converter = time.gmtime
print(GM('{asctime}|{message}', style='{').format(r))
g.default_msec_format = None
print(g.formatTime(r))
print(logging.Formatter.converter is time.localtime)

# stack_info
log = logging.getLogger('extras')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
import os
class StripDir(logging.Formatter):
    def format(self, record):
        return super().format(record).replace(os.path.dirname(os.path.abspath(__file__)) + os.sep, '')
h.setFormatter(StripDir('%(levelname)s %(message)s'))
log.addHandler(h)
def deep():
    log.warning('with stack', stack_info=True)
buf = io.StringIO()
h.setStream(buf)
deep()
h.setStream(sys.stdout)
text = buf.getvalue()
lines = text.splitlines()
print(lines[0]); print(lines[1])
print(lines[-2].strip().startswith('File'), lines[-1].strip())

# exception outside of handler
log.exception('no active exception')
log.error('tuple', exc_info=(None, None, None))

# adapter with custom process
class Tag(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['tag'], msg), kwargs
ad = Tag(log, {'tag': 'T1'})
ad.info('hidden'); ad.warning('shown %d', 5); ad.error('err'); ad.critical('crit')
try:
    raise KeyError('kk')
except KeyError:
    ad.exception('adapter exc')
print(ad.manager is logging.Logger.manager, ad.hasHandlers())
ad.setLevel(logging.DEBUG); ad.debug('now debug'); log.setLevel(logging.NOTSET)

# level names
print(logging.getLevelName(0), logging.getLevelName('CRITICAL'), logging.getLevelName('FATAL'), logging.getLevelName(None))
logging.addLevelName(5, 'TRACE')
print(logging.getLevelName(5), logging.getLevelName('TRACE'), 'TRACE' in logging.getLevelNamesMapping())
m = logging.getLevelNamesMapping(); m['X'] = 1
print('X' in logging.getLevelNamesMapping())

# $ style
for fmt in ['$message and ${levelname}', '$$ $message', '${message}x']:
    print(logging.Formatter(fmt, style='$').format(logging.makeLogRecord({'msg': 'hi', 'levelname': 'L'})))
try:
    logging.Formatter('$nothere', style='$').format(logging.makeLogRecord({'msg': 'hi'}))
except ValueError as e:
    print('ValueError:', e)
# { style extras
print(logging.Formatter('{message:{w}}|', style='{', defaults={'w': 6}).format(logging.makeLogRecord({'msg': 'ab'})))
for fmt in ['{message', 'x}', '{message!r:>10}', '{a.b[0]}', '{a b}', '{message:<>10}', '{{literal}} {message}']:
    try:
        logging.Formatter(fmt, style='{'); print('ok', fmt)
    except ValueError as e:
        print('ValueError:', e)
# % style
for fmt in ['%(message)-10s|', '%(levelno)05d %(message)s', '%(a)*d']:
    try:
        logging.Formatter(fmt); print('ok', fmt)
    except ValueError as e:
        print('ValueError:', e)

# children / placeholders
p = logging.getLogger('pp.qq.rr')
mid = logging.getLogger('pp.qq')
top = logging.getLogger('pp')
print(p.parent is mid, mid.parent is top, [c.name for c in top.getChildren()], [c.name for c in logging.getLogger().getChildren() if c.name.startswith('pp')])
print(logging.getLogger('pp').getChild('qq.rr') is p, logging.root.getChild('pp') is top)

# no lastResort
save = logging.lastResort
logging.lastResort = None
logging.getLogger('orphan').propagate = False
logging.getLogger('orphan').error('goes nowhere')
logging.getLogger('orphan').error('still nowhere')
logging.lastResort = save

# handler filter returning record replacement and makeRecord extra
class Up(logging.Filter):
    def filter(self, record):
        record.msg = record.msg.upper()
        return True
h.addFilter(Up())
log.warning('lower text')
h.filters.clear()
print(logging.Filter('a').filter(logging.makeLogRecord({'name': 'a.b'})))

# disable levels
logging.disable()
log.critical('blocked')
print(logging.root.manager.disable)
logging.disable(logging.NOTSET)
log.critical('unblocked')

# record repr / attributes
rec = logging.makeLogRecord({'msg': 'm', 'levelno': 20, 'lineno': 7, 'pathname': 'pp'})
print(rec, rec.relativeCreated >= 0, rec.msecs < 1000)
print(sorted(k for k in vars(logging.LogRecord('n', 10, 'p', 1, 'm', (), None))))
print(logging.LoggerAdapter[int], logging.StreamHandler[io.StringIO])
print(logging.BASIC_FORMAT, logging.raiseExceptions, logging.Formatter.default_time_format)
