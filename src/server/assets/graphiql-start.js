// Starts GraphiQL against this server with the example tabs (served from our own files only).
(function () {
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var tabs = window.CG_EXAMPLES.map(function (e) {
    return { query: e.query, variables: e.variables || undefined };
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: true,
      storage: window.localStorage,
    }),
  );
})();
