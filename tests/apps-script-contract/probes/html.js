// Contract probes for HtmlService and HtmlOutput (the content of dialogs and sidebars).

// createHtmlOutput(html): "Creates a new HtmlOutput object from a string"; getContent() gives it back.
// https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput(String)
function probe_html_contentRoundTrips() {
  assertEqual_(HtmlService.createHtmlOutput('<b>Hello</b>').getContent(), '<b>Hello</b>', 'getContent()');
}

// createHtmlOutput() with no argument: "Creates a new HtmlOutput object that can be returned from the script", empty.
// https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutput()
function probe_html_emptyOutput() {
  assertEqual_(HtmlService.createHtmlOutput().getContent(), '', 'getContent() of createHtmlOutput()');
}

// append(addedContent): "Appends new content to the content of this HtmlOutput."
// https://developers.google.com/apps-script/reference/html/html-output#append(String)
function probe_html_appendAddsContent() {
  assertEqual_(HtmlService.createHtmlOutput('<p>a</p>').append('<p>b</p>').getContent(), '<p>a</p><p>b</p>', 'content after append');
}

// setTitle(title) / getTitle(): "Gets the title of the output page."
// https://developers.google.com/apps-script/reference/html/html-output#getTitle()
function probe_html_titleRoundTrips() {
  assertEqual_(HtmlService.createHtmlOutput('x').setTitle('Check').getTitle(), 'Check', 'getTitle()');
}

// setWidth(width) / getWidth() and setHeight(height) / getHeight(): the dialog size in pixels.
// https://developers.google.com/apps-script/reference/html/html-output#setWidth(Integer)
function probe_html_sizeRoundTrips() {
  var out = HtmlService.createHtmlOutput('x').setWidth(480).setHeight(320);
  assertEqual_([out.getWidth(), out.getHeight()], [480, 320], '[getWidth(), getHeight()]');
}
