def kind(command):
    match command.split():
        case [verb]:
            return verb
        case words:
            return len(words)
        case []:
            return None
