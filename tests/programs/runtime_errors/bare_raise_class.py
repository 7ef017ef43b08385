print('about to fail')
raise NotImplementedError
