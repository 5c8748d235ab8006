/** cytoscape-svg ships no types: an extension that adds `cy.svg(options)`, returning the drawing as SVG text. */
declare module 'cytoscape-svg' {
  const extension: cytoscape.Ext;
  export default extension;
}
