# A Genesys Cloud org in Terraform, with most of the language in use.
terraform {
  required_version = ">= 1.5.0"

  required_providers {
    genesyscloud = {
      source  = "mypurecloud/genesyscloud"
      version = "~> 1.84"
    }
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 6.0"
    }
  }

  backend "s3" {
    bucket         = "acme-terraform-state"
    key            = "genesys/${"org"}.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "terraform-locks"
    encrypt        = true
  }
}

provider "genesyscloud" {
  oauthclient_id     = var.client_id
  oauthclient_secret = var.client_secret
  aws_region         = var.region
  sdk_debug          = false
}

provider "aws" {
  alias  = "replica"
  region = "eu-central-1"

  default_tags {
    tags = local.common_tags
  }
}

variable "region" {
  type        = string
  default     = "eu-west-1"
  description = "Genesys Cloud region, as the provider names it."

  validation {
    condition     = contains(["us-east-1", "eu-west-1", "ap-southeast-2"], var.region)
    error_message = "The region must be one of: ${join(", ", ["us-east-1", "eu-west-1"])}."
  }
}

variable "client_id" {
  type      = string
  sensitive = true
}

variable "client_secret" {
  type      = string
  sensitive = true
  nullable  = false
}

variable "teams" {
  type = map(object({
    description = optional(string, "")
    members     = list(string)
    queues = optional(map(object({
      skills   = set(string)
      priority = optional(number, 5)
    })), {})
  }))
  default = {
    sales = {
      description = "Sales"
      members     = ["ann@example.com", "bob@example.com"]
    }
    "customer care" = {
      members = []
      queues = {
        billing = { skills = ["billing"], priority = 10 }
      }
    }
  }

  validation {
    condition = alltrue([
      for name, team in var.teams : length(team.members) <= 50 && can(regex("^[a-z ]+$", name))
    ])
    error_message = <<-EOT
      Every team needs at most 50 members
      and a lower-case name.
    EOT
  }
}

variable "environment" {
  type    = string
  default = "prod"
}

locals {
  prefix      = var.environment == "prod" ? "" : "${upper(var.environment)} - "
  common_tags = merge({ managed_by = "terraform" }, { env = var.environment })
  team_names  = sort(keys(var.teams))
  members = flatten([
    for team_key, team in var.teams : [
      for email in team.members : {
        team  = team_key
        email = lower(email)
      }
    ]
  ])
  members_by_team = { for m in local.members : m.team => m.email... }
  queue_map = merge([
    for team_key, team in var.teams : {
      for queue_key, queue in team.queues :
      "${team_key}-${queue_key}" => merge(queue, { team = team_key })
    }
  ]...)
  first_member  = try(local.members[0].email, null)
  member_count  = length(local.members) * 2 - 1 + 10 % 3
  is_big        = !(local.member_count < 10) || (local.member_count >= 100 && var.environment != "dev")
  legacy_first  = var.legacy_list.0
  ratio         = 1.5e2 / -3
  division_ids  = genesyscloud_auth_division.teams[*].id
  division_names = values(genesyscloud_auth_division.by_team)[*].name
  old_style      = aws_instance.web.*.private_ip
  escaped        = "literal $${not_interpolated} and %%{not_a_directive} \"quoted\" \\ \u00e9"
  greeting       = "Hello, %{ if local.first_member != null }${local.first_member}%{ else }nobody%{ endif }!"
  roster         = <<-EOT
    %{~ for team, emails in local.members_by_team ~}
    ${team}: ${join(", ", emails)}
    %{~ endfor ~}
  EOT
}

data "genesyscloud_auth_division_home" "home" {}

data "genesyscloud_auth_division" "legacy" {
  name = "Legacy Operations"
}

resource "genesyscloud_auth_division" "home" {
  name        = "Home"
  description = "The org's home division"
  home        = true
}

resource "genesyscloud_auth_division" "marketing" {
  name        = "Marketing"
  description = <<EOT
Campaigns, brand and events.
Owned by ${"marketing"}.
EOT

  lifecycle {
    prevent_destroy = true
    ignore_changes  = [description]
  }
}

resource "genesyscloud_auth_division" "by_team" {
  for_each    = var.teams
  name        = "${local.prefix}${title(each.key)}"
  description = each.value.description
}

resource "genesyscloud_auth_division" "teams" {
  count = length(local.team_names)
  name  = local.team_names[count.index]
}

resource "genesyscloud_auth_division" "computed" {
  name = format("%s Support", upper(var.environment))
}

resource "genesyscloud_routing_queue" "queues" {
  for_each    = local.queue_map
  name        = each.key
  division_id = genesyscloud_auth_division.by_team[each.value.team].id
  priority    = each.value.priority

  dynamic "members" {
    for_each = lookup(local.members_by_team, each.value.team, [])
    iterator = member
    content {
      user_id  = data.genesyscloud_user.users[member.value].id
      ring_num = member.key + 1
    }
  }

  dynamic "wrapup_codes" {
    for_each = []
    content {}
  }

  media_settings_call { alerting_timeout_sec = 30 }
}

resource "aws_iam_policy" "reader" {
  provider = aws.replica
  name     = "genesys-reader"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:ListBucket"]
        Resource = ["arn:aws:s3:::acme-*", "arn:aws:s3:::acme-*/*"]
        Condition = {
          StringEquals = { "aws:PrincipalTag/team" : "genesys" }
        }
      },
    ]
  })
  inline_policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "${local.prefix}*"}]
}
POLICY
}

module "emea" {
  source   = "./modules/region"
  for_each = toset(["emea", "apac"])
  region   = each.key
  providers = {
    genesyscloud = genesyscloud
  }
  depends_on = [genesyscloud_auth_division.home]
}

output "division_ids" {
  value       = { for k, d in genesyscloud_auth_division.by_team : k => d.id }
  description = "Division id by team"
}

output "summary" {
  value = templatefile("${path.module}/summary.tftpl", {
    names = [for d in genesyscloud_auth_division.teams : d.name if d.name != ""]
    count = length(genesyscloud_auth_division.teams) > 0 ? length(genesyscloud_auth_division.teams) : 0
  })
  sensitive = false
}

check "home_exists" {
  assert {
    condition     = data.genesyscloud_auth_division_home.home.name != ""
    error_message = "No home division."
  }
}

import {
  to = genesyscloud_auth_division.marketing
  id = "00000000-0000-0000-0000-000000000000"
}

moved {
  from = genesyscloud_auth_division.old
  to   = genesyscloud_auth_division.marketing
}
