settings = {'host': 'localhost'}
print(settings['host'])
port = settings['port']
