import logging
import sys

# no configuration: last resort handler prints bare message to stderr
logging.getLogger('app').warning('unconfigured warning %d', 1)
logging.getLogger('app').info('not shown')
logging.getLogger('app').error('unconfigured error')

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG)
log = logging.getLogger('app.core')
log.debug('debug %s', 'message')
log.info('info %d + %d = %d', 1, 2, 3)
log.warning('warning')
log.error('error %r', 'quoted')
log.critical('critical')
log.log(25, 'custom level %s', 25)
log.log(logging.INFO, 'via log()')
logging.info('root info')
logging.warning('root warning with dict %(a)s and %(b)s', {'a': 1, 'b': 2})
logging.debug('%s%%', 50)
logging.log(logging.ERROR, 'root log')

print(logging.getLevelName(10), logging.getLevelName(50), logging.getLevelName(25), logging.getLevelName('INFO'), logging.getLevelName('nope'))
logging.addLevelName(25, 'NOTICE')
log.log(25, 'now named')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET)
m = logging.getLevelNamesMapping()
print(m['WARN'], m['NOTICE'], m['FATAL'])

# basicConfig twice is a no-op; force replaces
logging.basicConfig(format='IGNORED %(message)s')
logging.warning('still default format')
logging.basicConfig(stream=sys.stdout, format='%(name)s|%(levelname)s|%(message)s', force=True)
logging.warning('forced format')
log.info('info hidden now? root level stays DEBUG')
print(logging.getLogger().level, logging.getLogger().handlers[0].__class__.__name__)

for bad in [dict(stream=sys.stdout, filename='x.log'), dict(foo=1, force=True), dict(style='x', force=True)]:
    try:
        logging.basicConfig(**bad)
    except ValueError as e:
        print('ValueError:', e)
logging.basicConfig(stream=sys.stdout, format='{levelname}-{name}-{message}', style='{', force=True)
logging.error('brace style %s', 'args')
logging.basicConfig(stream=sys.stdout, format='$levelname/${name}/$message', style='$', force=True)
logging.error('dollar style')
logging.basicConfig(stream=sys.stdout, force=True, level='WARNING')
logging.info('filtered')
logging.warning('level by name')
try:
    logging.getLogger().setLevel('LOUD')
except ValueError as e:
    print('ValueError:', e)
try:
    logging.getLogger().setLevel(None)
except TypeError as e:
    print('TypeError:', e)
try:
    log.log('INFO', 'x')
except TypeError as e:
    print('TypeError:', e)
