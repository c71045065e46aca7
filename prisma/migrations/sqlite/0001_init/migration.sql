-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "details" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "consentId" TEXT NOT NULL,
    "granted" TEXT NOT NULL,
    "denied" TEXT NOT NULL,
    "policyVersion" INTEGER,
    "consentVersion" INTEGER,
    "locale" TEXT,
    "ipHash" TEXT,
    "shopifyCustomerId" TEXT,
    "source" TEXT NOT NULL DEFAULT 'banner',
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConsentSettings" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "expiryMonths" INTEGER NOT NULL DEFAULT 12,
    "defenceMonths" INTEGER NOT NULL DEFAULT 12,
    "trackers" JSONB,
    "policyPageUrl" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 8,
    "runAt" DATETIME NOT NULL,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ProcessorConnection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "processorId" TEXT NOT NULL,
    "keyEncrypted" TEXT,
    "keyHint" TEXT,
    "privacyContact" TEXT,
    "testResult" TEXT,
    "testMessage" TEXT,
    "testedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ProcessorTask" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "processorId" TEXT NOT NULL,
    "processorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "dueAt" DATETIME,
    "subjectEncrypted" TEXT,
    "evidence" JSONB,
    "lastError" TEXT,
    "waivedReason" TEXT,
    "jobId" TEXT,
    "completesRequest" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "hits" INTEGER NOT NULL,
    "resetAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RecordsProfile" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "profile" JSONB NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    "updatedBy" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "lastUpdated" DATETIME NOT NULL,
    "contentHash" TEXT NOT NULL,
    "profile" JSONB NOT NULL,
    "rendered" JSONB NOT NULL,
    "consentVersion" INTEGER NOT NULL,
    "publishedBy" TEXT NOT NULL,
    "publishedAt" DATETIME NOT NULL,
    "shopPolicyUpdated" BOOLEAN NOT NULL DEFAULT false
);

-- CreateTable
CREATE TABLE "DataSubjectRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "shopifyCustomerId" TEXT,
    "emailHash" TEXT,
    "emailEncrypted" TEXT,
    "details" JSONB,
    "webhookDeliveryId" TEXT,
    "verificationHash" TEXT,
    "verificationExpiresAt" DATETIME,
    "locale" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "verifiedAt" DATETIME,
    "dueAt" DATETIME,
    "extendedAt" DATETIME,
    "extensionReason" TEXT,
    "closedAt" DATETIME,
    "rejectionReason" TEXT,
    "reviewedBy" TEXT,
    "finalisedBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT,
    "details" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RequestStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "system" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "details" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RequestStep_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ExportPackage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "downloadHash" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "ExportPackage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'dry_run',
    "report" JSONB NOT NULL,
    "approvedBy" TEXT,
    "appliedAt" DATETIME,
    "deleted" JSONB
);

-- CreateTable
CREATE TABLE "RetentionSettings" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RetentionCustomer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "numberOfOrders" INTEGER NOT NULL,
    "lastOrderAt" DATETIME,
    "lastActivityAt" DATETIME NOT NULL,
    "nameSealed" TEXT,
    "included" BOOLEAN NOT NULL DEFAULT true,
    "attemptBy" TEXT,
    "attemptedAt" DATETIME,
    "outcome" TEXT,
    "heldUntil" DATETIME,
    "reason" TEXT,
    "doneAt" DATETIME
);

-- CreateTable
CREATE TABLE "StorefrontScan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "createdAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "durationMs" INTEGER,
    "result" JSONB,
    "error" TEXT,
    "newLeaks" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "ScanSettings" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "storefrontPassword" TEXT,
    "weekly" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "scope" TEXT,
    "expires" DATETIME,
    "accessToken" TEXT NOT NULL,
    "userId" BIGINT,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "accountOwner" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT,
    "collaborator" BOOLEAN DEFAULT false,
    "emailVerified" BOOLEAN DEFAULT false,
    "refreshToken" TEXT,
    "refreshTokenExpires" DATETIME
);

-- CreateTable
CREATE TABLE "Shop" (
    "domain" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "installedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uninstalledAt" DATETIME,
    "hashSalt" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "triggeredAt" DATETIME,
    "apiVersion" TEXT,
    "payload" TEXT NOT NULL,
    "customerRef" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "processedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "AuditEvent_shop_createdAt_idx" ON "AuditEvent"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "ConsentRecord_shop_createdAt_idx" ON "ConsentRecord"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "ConsentRecord_shop_consentId_idx" ON "ConsentRecord"("shop", "consentId");

-- CreateIndex
CREATE INDEX "ConsentRecord_shop_shopifyCustomerId_idx" ON "ConsentRecord"("shop", "shopifyCustomerId");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- CreateIndex
CREATE INDEX "Job_shop_status_idx" ON "Job"("shop", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessorConnection_shop_processorId_key" ON "ProcessorConnection"("shop", "processorId");

-- CreateIndex
CREATE INDEX "ProcessorTask_shop_requestId_idx" ON "ProcessorTask"("shop", "requestId");

-- CreateIndex
CREATE INDEX "ProcessorTask_shop_status_idx" ON "ProcessorTask"("shop", "status");

-- CreateIndex
CREATE INDEX "RateLimitCounter_resetAt_idx" ON "RateLimitCounter"("resetAt");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyVersion_shop_version_key" ON "PolicyVersion"("shop", "version");

-- CreateIndex
CREATE UNIQUE INDEX "DataSubjectRequest_webhookDeliveryId_key" ON "DataSubjectRequest"("webhookDeliveryId");

-- CreateIndex
CREATE UNIQUE INDEX "DataSubjectRequest_verificationHash_key" ON "DataSubjectRequest"("verificationHash");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_shop_status_idx" ON "DataSubjectRequest"("shop", "status");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_shop_emailHash_idx" ON "DataSubjectRequest"("shop", "emailHash");

-- CreateIndex
CREATE INDEX "DataSubjectRequest_shop_shopifyCustomerId_idx" ON "DataSubjectRequest"("shop", "shopifyCustomerId");

-- CreateIndex
CREATE INDEX "RequestEvent_requestId_createdAt_idx" ON "RequestEvent"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "RequestEvent_shop_idx" ON "RequestEvent"("shop");

-- CreateIndex
CREATE INDEX "RequestStep_requestId_createdAt_idx" ON "RequestStep"("requestId", "createdAt");

-- CreateIndex
CREATE INDEX "RequestStep_shop_idx" ON "RequestStep"("shop");

-- CreateIndex
CREATE UNIQUE INDEX "ExportPackage_downloadHash_key" ON "ExportPackage"("downloadHash");

-- CreateIndex
CREATE INDEX "ExportPackage_shop_expiresAt_idx" ON "ExportPackage"("shop", "expiresAt");

-- CreateIndex
CREATE INDEX "RetentionRun_shop_createdAt_idx" ON "RetentionRun"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "RetentionCustomer_shop_customerId_idx" ON "RetentionCustomer"("shop", "customerId");

-- CreateIndex
CREATE INDEX "RetentionCustomer_runId_outcome_idx" ON "RetentionCustomer"("runId", "outcome");

-- CreateIndex
CREATE UNIQUE INDEX "RetentionCustomer_runId_customerId_key" ON "RetentionCustomer"("runId", "customerId");

-- CreateIndex
CREATE INDEX "StorefrontScan_shop_createdAt_idx" ON "StorefrontScan"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "Session_shop_idx" ON "Session"("shop");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_eventId_key" ON "WebhookDelivery"("eventId");

-- CreateIndex
CREATE INDEX "WebhookDelivery_shop_receivedAt_idx" ON "WebhookDelivery"("shop", "receivedAt");

-- CreateIndex
CREATE INDEX "WebhookDelivery_shop_customerRef_idx" ON "WebhookDelivery"("shop", "customerRef");

