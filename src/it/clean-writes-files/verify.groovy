import groovy.json.JsonSlurper

def out = new File(basedir, 'target/textqc/cleaned')
def cleaned = new File(out, 'ferry.txt').text
assert cleaned == 'Harbour towns plan new ferry links\n\nThe ferry will run twice a day from spring.\nTickets go on sale next month.\n'
def notes = new JsonSlurper().parse(new File(out, 'ferry.txt.annotations.json'))
assert notes.id == 'src/content/ferry.txt'
assert notes.annotations*.rule as Set == ['BP_AD_MARKER', 'REP_DOUBLED_WORD', 'PUNCT_DOUBLE_PERIOD'] as Set
assert new File(out, 'sub/calm.txt').text == 'Nothing to fix in this sentence.\n'
def records = new File(out, 'feed.jsonl').readLines().collect { new JsonSlurper().parseText(it) }
assert records*.id == ['r1', 'r2']
assert records[0].text == 'The mayor spoke briefly.'
assert new File(out, 'feed.annotations.jsonl').readLines().size() == 2
def log = new File(basedir, 'build.log').text
assert log.contains('textqc: cleaned 4 documents (2 changed, 0 unchanged files from cache) into target/textqc/cleaned')
assert log.contains('textqc: cleaned 4 documents (2 changed, 3 unchanged files from cache) into target/textqc/cleaned')
return true
