// wagtail-autocomplete's widget writes a few English words and has no translation hook; this
// controller swaps each for the translated word the server put in data-…-words-value
// (twinning/core/choosers.py). React leaves a text node alone while its own text is unchanged,
// so a swapped word stays until the widget writes that node anew, when it is swapped again.
class AutocompleteLabelsController extends window.StimulusModule.Controller {
  static values = { words: Object };

  connect() {
    this.observer = new MutationObserver(() => this.translate());
    this.observer.observe(this.element, { childList: true, subtree: true, characterData: true });
    this.translate();
  }

  disconnect() {
    this.observer.disconnect();
  }

  translate() {
    const walker = document.createTreeWalker(this.element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const word = this.wordsValue[node.data];
      if (word !== undefined && node.data !== word) {
        node.data = word;
      }
    }
  }
}

window.wagtail.app.register('autocomplete-labels', AutocompleteLabelsController);
