/** Text of a node and of every shadow root under it. */
export function deepText(root: Element | ShadowRoot): string {
  // A frame's nodes belong to another realm: compare nodeType, not instanceof the test page's Element.
  const shadow = (root as Element).shadowRoot;
  let text = shadow ? deepText(shadow) : '';
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node.nodeType === Node.ELEMENT_NODE) text += deepText(node as Element);
  }
  return text;
}
