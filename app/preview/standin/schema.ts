// The subset of the Shopify Admin GraphQL schema that Lawfully uses, with Shopify's names and shapes
// (https://shopify.dev/docs/api/admin-graphql). Only what the app queries is declared.
export const typeDefs = /* GraphQL */ `
  scalar DateTime
  scalar URL
  scalar Decimal
  scalar UnsignedInt64

  interface Node {
    id: ID!
  }

  type PageInfo {
    hasNextPage: Boolean!
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }
  type UserError {
    field: [String!]
    message: String!
  }
  type MoneyV2 {
    amount: Decimal!
    currencyCode: String!
  }
  type MoneyBag {
    shopMoney: MoneyV2!
  }

  type MailingAddress {
    address1: String
    address2: String
    city: String
    zip: String
    province: String
    country: String
    countryCodeV2: String
    company: String
    phone: String
  }
  type ShopAddress {
    address1: String
    address2: String
    city: String
    zip: String
    province: String
    country: String
    countryCodeV2: String
    company: String
    phone: String
  }
  type Shop {
    id: ID!
    name: String!
    email: String!
    contactEmail: String!
    myshopifyDomain: String!
    currencyCode: String!
    billingAddress: ShopAddress!
  }

  type CustomerEmailMarketingConsentState {
    marketingState: String!
    marketingOptInLevel: String
    consentUpdatedAt: DateTime
  }
  type CustomerSmsMarketingConsentState {
    marketingState: String!
    marketingOptInLevel: String
    consentUpdatedAt: DateTime
  }
  type Customer {
    id: ID!
    email: String
    firstName: String
    lastName: String
    displayName: String!
    phone: String
    createdAt: DateTime!
    updatedAt: DateTime!
    state: String!
    tags: [String!]!
    numberOfOrders: String!
    amountSpent: MoneyV2!
    defaultAddress: MailingAddress
    lastOrder: Order
    emailMarketingConsent: CustomerEmailMarketingConsentState
    smsMarketingConsent: CustomerSmsMarketingConsentState
    orders(first: Int, after: String, last: Int, before: String, reverse: Boolean): OrderConnection!
  }
  type CustomerEdge {
    cursor: String!
    node: Customer!
  }
  type CustomerConnection {
    edges: [CustomerEdge!]!
    nodes: [Customer!]!
    pageInfo: PageInfo!
  }

  type LineItem {
    id: ID!
    title: String!
    quantity: Int!
  }
  type LineItemEdge {
    cursor: String!
    node: LineItem!
  }
  type LineItemConnection {
    edges: [LineItemEdge!]!
    nodes: [LineItem!]!
    pageInfo: PageInfo!
  }
  type Order {
    id: ID!
    name: String!
    createdAt: DateTime!
    processedAt: DateTime!
    email: String
    totalPriceSet: MoneyBag!
    customer: Customer
    shippingAddress: MailingAddress
    lineItems(first: Int, after: String, last: Int, before: String): LineItemConnection!
  }
  type OrderEdge {
    cursor: String!
    node: Order!
  }
  type OrderConnection {
    edges: [OrderEdge!]!
    nodes: [Order!]!
    pageInfo: PageInfo!
  }

  type App {
    id: ID!
    title: String!
  }
  type Metafield {
    id: ID!
    namespace: String!
    key: String!
    type: String!
    value: String!
    updatedAt: DateTime!
  }
  type MetafieldEdge {
    cursor: String!
    node: Metafield!
  }
  type MetafieldConnection {
    edges: [MetafieldEdge!]!
    nodes: [Metafield!]!
    pageInfo: PageInfo!
  }
  type AppInstallation {
    id: ID!
    app: App!
    metafield(namespace: String, key: String!): Metafield
    metafields(first: Int, after: String, last: Int, before: String, namespace: String): MetafieldConnection!
  }

  enum ShopPolicyType {
    PRIVACY_POLICY
    REFUND_POLICY
    SHIPPING_POLICY
    TERMS_OF_SERVICE
    CONTACT_INFORMATION
    LEGAL_NOTICE
    TERMS_OF_SALE
    SUBSCRIPTION_POLICY
  }
  type ShopPolicy {
    id: ID!
    type: ShopPolicyType!
    title: String!
    body: String!
    url: URL!
    updatedAt: DateTime!
  }

  enum BulkOperationStatus {
    CANCELED
    CANCELING
    COMPLETED
    CREATED
    EXPIRED
    FAILED
    RUNNING
  }
  enum BulkOperationType {
    QUERY
    MUTATION
  }
  enum BulkOperationErrorCode {
    ACCESS_DENIED
    INTERNAL_SERVER_ERROR
    TIMEOUT
  }
  enum BulkOperationUserErrorCode {
    INVALID
    OPERATION_IN_PROGRESS
  }
  type BulkOperation implements Node {
    id: ID!
    type: BulkOperationType!
    status: BulkOperationStatus!
    errorCode: BulkOperationErrorCode
    query: String!
    createdAt: DateTime!
    completedAt: DateTime
    objectCount: UnsignedInt64!
    rootObjectCount: UnsignedInt64!
    fileSize: UnsignedInt64
    url: URL
    partialDataUrl: URL
  }
  type BulkOperationUserError {
    field: [String!]
    message: String!
    code: BulkOperationUserErrorCode
  }
  type BulkOperationRunQueryPayload {
    bulkOperation: BulkOperation
    userErrors: [BulkOperationUserError!]!
  }

  enum CustomerSortKeys {
    CREATED_AT
    ID
    UPDATED_AT
    NAME
  }
  enum OrderSortKeys {
    CREATED_AT
    ID
    PROCESSED_AT
  }

  type Query {
    shop: Shop!
    customers(first: Int, after: String, last: Int, before: String, query: String, sortKey: CustomerSortKeys, reverse: Boolean): CustomerConnection!
    customer(id: ID!): Customer
    orders(first: Int, after: String, last: Int, before: String, query: String, sortKey: OrderSortKeys, reverse: Boolean): OrderConnection!
    order(id: ID!): Order
    currentAppInstallation: AppInstallation!
    currentBulkOperation(type: BulkOperationType = QUERY): BulkOperation
    node(id: ID!): Node
  }

  input MetafieldsSetInput {
    ownerId: ID!
    namespace: String
    key: String!
    type: String
    value: String!
  }
  type MetafieldsSetPayload {
    metafields: [Metafield!]
    userErrors: [UserError!]!
  }
  input ShopPolicyInput {
    type: ShopPolicyType!
    body: String!
  }
  type ShopPolicyUpdatePayload {
    shopPolicy: ShopPolicy
    userErrors: [UserError!]!
  }
  enum CustomerRequestDataErasureErrorCode {
    DOES_NOT_EXIST
    FAILED_TO_REQUEST
  }
  type CustomerRequestDataErasureUserError {
    field: [String!]
    message: String!
    code: CustomerRequestDataErasureErrorCode
  }
  type CustomerRequestDataErasurePayload {
    customerId: ID
    userErrors: [CustomerRequestDataErasureUserError!]!
  }
  input CustomerDeleteInput {
    id: ID!
  }
  type CustomerDeletePayload {
    deletedCustomerId: ID
    shop: Shop!
    userErrors: [UserError!]!
  }
  input CustomerEmailMarketingConsentInput {
    marketingState: String!
    marketingOptInLevel: String
    consentUpdatedAt: DateTime
  }
  input CustomerEmailMarketingConsentUpdateInput {
    customerId: ID!
    emailMarketingConsent: CustomerEmailMarketingConsentInput!
  }
  type CustomerEmailMarketingConsentUpdatePayload {
    customer: Customer
    userErrors: [UserError!]!
  }
  input CustomerInput {
    id: ID
    firstName: String
    lastName: String
    email: String
    phone: String
    tags: [String!]
    note: String
  }
  type CustomerUpdatePayload {
    customer: Customer
    userErrors: [UserError!]!
  }

  type Mutation {
    metafieldsSet(metafields: [MetafieldsSetInput!]!): MetafieldsSetPayload
    shopPolicyUpdate(shopPolicy: ShopPolicyInput!): ShopPolicyUpdatePayload
    customerRequestDataErasure(customerId: ID!): CustomerRequestDataErasurePayload
    customerDelete(input: CustomerDeleteInput!): CustomerDeletePayload
    customerEmailMarketingConsentUpdate(input: CustomerEmailMarketingConsentUpdateInput!): CustomerEmailMarketingConsentUpdatePayload
    customerUpdate(input: CustomerInput!): CustomerUpdatePayload
    bulkOperationRunQuery(query: String!, groupObjects: Boolean): BulkOperationRunQueryPayload
  }
`;
