// Starts GraphiQL against this gateway with an example query.
const defaultQuery = `# 菊陽町（434043）で家計相談を提供している組織
# Organisations that offer household finance consultation in 菊陽町 (434043)
query KikuyoHouseholdFinance {
  municipality(code: "434043") { name prefecture { name } region { name } }
  organizations(filter: { municipalityCode: "434043", serviceCategories: [HOUSEHOLD_FINANCE] }) {
    totalCount
    edges {
      node {
        name
        legalForm
        services { name categories }
        windows { name openingHours { days opens closes note } }
      }
    }
  }
}
`;
const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
);
