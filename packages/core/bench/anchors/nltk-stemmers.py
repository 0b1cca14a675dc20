"""The NLTK anchors for the analyzer: ISRI and ARLSTem stemming every word of the texts given as a JSON list on
standard input, for `seconds` of CPU time each; prints {"isri": words per CPU second, "arlstem": …} as JSON.
Tokenising is a regular-expression split on word characters, as a plain NLTK pipeline would do it."""
import json
import re
import sys
import time

from nltk.stem.arlstem import ARLSTem
from nltk.stem.isri import ISRIStemmer

WORD = re.compile(r"\w+")


def rate(stem, texts, seconds):
    words = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        for text in texts:
            for word in WORD.findall(text):
                stem(word)
                words += 1
    return words / (time.process_time() - start)


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
    texts = json.load(sys.stdin)
    print(json.dumps({"isri": rate(ISRIStemmer().stem, texts, seconds), "arlstem": rate(ARLSTem().stem, texts, seconds)}))


main()
