-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsentSettings" (
    "shop" TEXT NOT NULL,
    "expiryMonths" INTEGER NOT NULL DEFAULT 12,
    "defenceMonths" INTEGER NOT NULL DEFAULT 12,
    "trackers" JSONB,
    "policyPageUrl" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsentSettings_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 8,
    "runAt" TIMESTAMP(3) NOT NULL,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessorConnection" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "processorId" TEXT NOT NULL,
    "keyEncrypted" TEXT,
    "keyHint" TEXT,
    "privacyContact" TEXT,
    "testResult" TEXT,
    "testMessage" TEXT,
    "testedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcessorConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessorTask" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "processorId" TEXT NOT NULL,
    "processorName" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "dueAt" TIMESTAMP(3),
    "subjectEncrypted" TEXT,
    "evidence" JSONB,
    "lastError" TEXT,
    "waivedReason" TEXT,
    "jobId" TEXT,
    "completesRequest" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProcessorTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "hits" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "RecordsProfile" (
    "shop" TEXT NOT NULL,
    "profile" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT NOT NULL,

    CONSTRAINT "RecordsProfile_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "lastUpdated" TIMESTAMP(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "profile" JSONB NOT NULL,
    "rendered" JSONB NOT NULL,
    "consentVersion" INTEGER NOT NULL,
    "publishedBy" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "shopPolicyUpdated" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PolicyVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataSubjectRequest" (
    "id" TEXT NOT NULL,
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
    "verificationExpiresAt" TIMESTAMP(3),
    "locale" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "dueAt" TIMESTAMP(3),
    "extendedAt" TIMESTAMP(3),
    "extensionReason" TEXT,
    "closedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "reviewedBy" TEXT,
    "finalisedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DataSubjectRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestEvent" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "message" TEXT,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RequestStep" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "system" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RequestStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExportPackage" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "summary" TEXT NOT NULL,
    "downloadHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExportPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionRun" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'dry_run',
    "report" JSONB NOT NULL,
    "approvedBy" TEXT,
    "appliedAt" TIMESTAMP(3),
    "deleted" JSONB,

    CONSTRAINT "RetentionRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RetentionSettings" (
    "shop" TEXT NOT NULL,
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RetentionSettings_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "RetentionCustomer" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "numberOfOrders" INTEGER NOT NULL,
    "lastOrderAt" TIMESTAMP(3),
    "lastActivityAt" TIMESTAMP(3) NOT NULL,
    "nameSealed" TEXT,
    "included" BOOLEAN NOT NULL DEFAULT true,
    "attemptBy" TEXT,
    "attemptedAt" TIMESTAMP(3),
    "outcome" TEXT,
    "heldUntil" TIMESTAMP(3),
    "reason" TEXT,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "RetentionCustomer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StorefrontScan" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "createdAt" TIMESTAMP(3) NOT NULL,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "durationMs" INTEGER,
    "result" JSONB,
    "error" TEXT,
    "newLeaks" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StorefrontScan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScanSettings" (
    "shop" TEXT NOT NULL,
    "storefrontPassword" TEXT,
    "weekly" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScanSettings_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "scope" TEXT,
    "expires" TIMESTAMP(3),
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
    "refreshTokenExpires" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shop" (
    "domain" TEXT NOT NULL,
    "name" TEXT,
    "installedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uninstalledAt" TIMESTAMP(3),
    "hashSalt" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shop_pkey" PRIMARY KEY ("domain")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "triggeredAt" TIMESTAMP(3),
    "apiVersion" TEXT,
    "payload" TEXT NOT NULL,
    "customerRef" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "RequestEvent" ADD CONSTRAINT "RequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RequestStep" ADD CONSTRAINT "RequestStep_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExportPackage" ADD CONSTRAINT "ExportPackage_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "DataSubjectRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

